using System.Globalization;
using System.Text;
using GraphQL;

namespace CptGraph.GraphQL.Querying.Paging;

/// <summary>
/// Offset cursors as Hot Chocolate's queryable paging writes them: base64 of the item's index in the filtered, sorted list.
/// Opaque to clients; valid for the same where/order.
/// </summary>
public static class Cursor
{
    public static string Encode(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string cursor)
    {
        var bytes = new byte[(cursor.Length * 3 / 4) + 3];
        if (Convert.TryFromBase64String(cursor, bytes, out var length)
            && int.TryParse(Encoding.UTF8.GetString(bytes, 0, length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index;
        }

        throw new ExecutionError($"The cursor '{cursor}' is not a valid cursor.") { Code = "HC0078" };
    }
}
