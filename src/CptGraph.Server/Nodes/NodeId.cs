using System.Text;

namespace CptGraph.Server.Nodes;

/// <summary>
/// Opaque global ids as Hot Chocolate writes them: base64 of <c>TypeName:key</c> (e.g. <c>Code:96375</c>).
/// Clients must treat them as opaque; the server decodes them in <c>node(id:)</c>.
/// </summary>
public static class NodeId
{
    public static string Encode(string typeName, string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    /// <summary>The type name and key of <paramref name="id"/>; null when it is not a well-formed id.</summary>
    public static (string TypeName, string Key)? Decode(string id)
    {
        var bytes = new byte[(id.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(id, bytes, out var length))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = text.IndexOf(':');
        return colon > 0 && colon < text.Length - 1 ? (text[..colon], text[(colon + 1)..]) : null;
    }
}
