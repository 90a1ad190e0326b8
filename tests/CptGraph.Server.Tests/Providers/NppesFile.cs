using System.Text;

namespace CptGraph.Server.Tests.Providers;

/// <summary>
/// A small NPPES dissemination file in the real <c>npidata_pfile_*.csv</c> layout: the published header, in order (330
/// columns), every field quoted; a row names only the columns it fills, the rest are empty as in the real file.
/// </summary>
public static class NppesFile
{
    private static readonly string[] Lead =
    [
        "NPI", "Entity Type Code", "Replacement NPI", "Employer Identification Number (EIN)", "Provider Organization Name (Legal Business Name)",
        "Provider Last Name (Legal Name)", "Provider First Name", "Provider Middle Name", "Provider Name Prefix Text", "Provider Name Suffix Text",
        "Provider Credential Text", "Provider Other Organization Name", "Provider Other Organization Name Type Code", "Provider Other Last Name",
        "Provider Other First Name", "Provider Other Middle Name", "Provider Other Name Prefix Text", "Provider Other Name Suffix Text",
        "Provider Other Credential Text", "Provider Other Last Name Type Code", "Provider First Line Business Mailing Address",
        "Provider Second Line Business Mailing Address", "Provider Business Mailing Address City Name", "Provider Business Mailing Address State Name",
        "Provider Business Mailing Address Postal Code", "Provider Business Mailing Address Country Code (If outside U.S.)",
        "Provider Business Mailing Address Telephone Number", "Provider Business Mailing Address Fax Number",
        "Provider First Line Business Practice Location Address", "Provider Second Line Business Practice Location Address",
        "Provider Business Practice Location Address City Name", "Provider Business Practice Location Address State Name",
        "Provider Business Practice Location Address Postal Code", "Provider Business Practice Location Address Country Code (If outside U.S.)",
        "Provider Business Practice Location Address Telephone Number", "Provider Business Practice Location Address Fax Number",
        "Provider Enumeration Date", "Last Update Date", "NPI Deactivation Reason Code", "NPI Deactivation Date", "NPI Reactivation Date",
        "Provider Gender Code", "Authorized Official Last Name", "Authorized Official First Name", "Authorized Official Middle Name",
        "Authorized Official Title or Position", "Authorized Official Telephone Number",
    ];

    private static readonly string[] Tail =
    [
        "Is Sole Proprietor", "Is Organization Subpart", "Parent Organization LBN", "Parent Organization TIN", "Authorized Official Name Prefix Text",
        "Authorized Official Name Suffix Text", "Authorized Official Credential Text",
    ];

    /// <summary>The header row's column names, in the published order.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        .. Lead,
        .. Enumerable.Range(1, 15).SelectMany(i => new[] { $"Healthcare Provider Taxonomy Code_{i}", $"Provider License Number_{i}", $"Provider License Number State Code_{i}", $"Healthcare Provider Primary Taxonomy Switch_{i}" }),
        .. Enumerable.Range(1, 50).SelectMany(i => new[] { $"Other Provider Identifier_{i}", $"Other Provider Identifier Type Code_{i}", $"Other Provider Identifier State_{i}", $"Other Provider Identifier Issuer_{i}" }),
        .. Tail,
        .. Enumerable.Range(1, 15).Select(i => $"Healthcare Provider Taxonomy Group_{i}"),
        "Certification Date",
    ];

    /// <summary>An individual (entity 1) practising in <paramref name="state"/> with <paramref name="taxonomies"/>, the one flagged Y first.</summary>
    public static Dictionary<string, string> Individual(string npi, string first, string last, string state, string zip, params (string Code, bool Primary)[] taxonomies) =>
        Row(npi, "1", state, zip, taxonomies, ("Provider First Name", first), ("Provider Last Name (Legal Name)", last));

    /// <summary>An organisation (entity 2).</summary>
    public static Dictionary<string, string> Organisation(string npi, string name, string state, string zip, params (string Code, bool Primary)[] taxonomies) =>
        Row(npi, "2", state, zip, taxonomies, ("Provider Organization Name (Legal Business Name)", name));

    public static async Task<string> WriteAsync(string path, IEnumerable<Dictionary<string, string>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Header.Select(Quote)).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', Header.Select(name => Quote(row.GetValueOrDefault(name, "")))).Append("\r\n");
        }

        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static Dictionary<string, string> Row(string npi, string entity, string state, string zip, (string Code, bool Primary)[] taxonomies,
        params (string Name, string Value)[] names)
    {
        var row = new Dictionary<string, string>
        {
            ["NPI"] = npi,
            ["Entity Type Code"] = entity,
            ["Provider Business Practice Location Address State Name"] = state,
            ["Provider Business Practice Location Address Postal Code"] = zip,
        };
        foreach (var (name, value) in names)
        {
            row[name] = value;
        }

        for (var i = 0; i < taxonomies.Length; i++)
        {
            row[$"Healthcare Provider Taxonomy Code_{i + 1}"] = taxonomies[i].Code;
            row[$"Healthcare Provider Primary Taxonomy Switch_{i + 1}"] = taxonomies[i].Primary ? "Y" : "N";
        }

        return row;
    }

    private static string Quote(string value) => $"\"{value.Replace("\"", "\"\"")}\"";
}
