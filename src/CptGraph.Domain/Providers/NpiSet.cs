using System.Security.Cryptography;
using System.Text;

namespace CptGraph.Domain.Providers;

/// <summary>The canonical form of a provider group's NPIs, shared by the parser, the writer and the partition import.</summary>
public static class NpiSet
{
    /// <summary>
    /// The distinct NPIs, sorted, joined by <c>,</c>. TiC files write NPIs as numbers or strings and often pad a list
    /// with <c>0</c> for "none"; anything that is not a positive run of digits is not an NPI and is dropped.
    /// </summary>
    public static string From(IEnumerable<string> npis)
    {
        var kept = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in npis)
        {
            var npi = raw.Trim();
            if (npi.Length > 0 && npi.All(char.IsAsciiDigit) && npi.Any(c => c != '0'))
            {
                kept.Add(npi);
            }
        }

        return string.Join(',', kept);
    }

    /// <summary>The union of two canonical sets, canonical again.</summary>
    public static string Union(string left, string right) =>
        left.Length == 0 ? right : right.Length == 0 || left == right ? left : From(Split(left).Concat(Split(right)));

    /// <summary>The NPIs of a canonical set (none for the empty set).</summary>
    public static string[] Split(string npis) => npis.Length == 0 ? [] : npis.Split(',');

    /// <summary>The <see cref="ProviderGroup.NpiSetHash"/> of a canonical set.</summary>
    public static string Hash(string npis) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(npis)).AsSpan(0, 16));
}
