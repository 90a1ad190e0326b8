using System.Security.Cryptography;

namespace CptGraph.Ingestion.Runs;

/// <summary>The content hash and size of an input file: a re-ingest of identical bytes is recognised and skipped.</summary>
public sealed record FileFingerprint(string Sha256, long Bytes)
{
    public static async Task<FileFingerprint> OfAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new IngestionException(path, "file", "no such file");
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return new FileFingerprint(Convert.ToHexStringLower(hash), stream.Length);
    }

    /// <summary>One fingerprint for several files read as one input (e.g. RVU + GPCI + conversion factor).</summary>
    public static FileFingerprint Combine(IEnumerable<FileFingerprint> parts, string extra)
    {
        var list = parts.ToList();
        var text = string.Join("|", list.Select(p => p.Sha256)) + "|" + extra;
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return new FileFingerprint(Convert.ToHexStringLower(hash), list.Sum(p => p.Bytes));
    }
}
