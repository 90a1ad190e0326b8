using System.Globalization;

namespace CptGraph.Ingestion.Tic;

/// <summary>Which declared <c>version</c> strings this reader understands.</summary>
internal static class TicSchemaVersion
{
    /// <summary>
    /// True for major version 1 or 2 ("1", "1.0.0", "1.3.1", "2.0.0"). The minor versions only add optional
    /// fields, which the reader tolerates; a new major could move or rename the fields the rules depend on.
    /// </summary>
    public static bool IsSupported(string version)
    {
        string trimmed = version.Trim();
        int dot = trimmed.IndexOf('.');
        string major = dot < 0 ? trimmed : trimmed[..dot];
        return int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value is 1 or 2;
    }
}
