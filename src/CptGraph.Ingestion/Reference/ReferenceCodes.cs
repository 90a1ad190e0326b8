using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Reference;

/// <summary>
/// Code ids by value for an import: loaded once, and a code an official table names that no file described yet is created
/// bare (its type from its shape, no descriptor, so <c>descriptorLicensed</c> is false) in the import's transaction.
/// </summary>
public sealed class ReferenceCodes(ReferenceImportContext context)
{
    private Dictionary<string, int>? _ids;
    private DbCommand? _insert;

    /// <summary>The id of <paramref name="value"/>, creating the code when it is new.</summary>
    public int IdOf(string value)
    {
        _ids ??= context.Db.Codes.AsNoTracking().Select(c => new { c.Id, c.Value }).ToDictionary(c => c.Value, c => c.Id, StringComparer.Ordinal);
        if (_ids.TryGetValue(value, out var id))
        {
            return id;
        }

        _insert ??= context.Command("""INSERT INTO "Codes" ("Value", "CodeType", "DescriptorLicensed", "IngestRunId") VALUES (@p0, @p1, @p2, @p3) RETURNING "Id" """, 4);
        _insert.Parameters[0].Value = value;
        _insert.Parameters[1].Value = TypeOf(value);
        _insert.Parameters[2].Value = false;
        _insert.Parameters[3].Value = context.Run.Id;
        id = Convert.ToInt32(_insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        _ids[value] = id;
        return id;
    }

    /// <summary>Remembers a code another statement of the import created or updated.</summary>
    public void Remember(string value, int id)
    {
        _ids ??= context.Db.Codes.AsNoTracking().Select(c => new { c.Id, c.Value }).ToDictionary(c => c.Value, c => c.Id, StringComparer.Ordinal);
        _ids[value] = id;
    }

    /// <summary>HCPCS Level II codes start with a letter (J1100); CPT codes are five digits or four digits and F/T/U/M (0001U).</summary>
    public static string TypeOf(string value) => value.Length == 5 && char.IsAsciiLetter(value[0]) ? "HCPCS" : "CPT";

    /// <summary>A plausible CPT/HCPCS code: five letters or digits.</summary>
    public static bool IsCode(string value) => value.Length == 5 && value.All(char.IsAsciiLetterOrDigit);
}
