using System.Text;

namespace CptGraph.Server.Tests.Cli;

/// <summary>
/// Seeded hostile variants of one valid TiC file: a truncation at a random offset, a random byte replaced by one that
/// is invalid anywhere in JSON (so every variant must be refused, none may slip through as a different valid file), or
/// a string value made longer than its limit.
/// </summary>
public sealed class HostileTicGenerator(byte[] valid, int seed)
{
    // 0x01 is a control character (invalid inside and outside strings); 0x80, 0xC0 and 0xFF are never valid UTF-8 here.
    private static readonly byte[] InvalidBytes = [0x01, 0x80, 0xC0, 0xFF];

    private static readonly (string Key, int Limit)[] LimitedKeys =
    [
        ("billing_code", 32),
        ("plan_name", 4096),
    ];

    private readonly Random _random = new(seed);

    /// <summary>The next variant and what was done to it (for the failure message).</summary>
    public (byte[] Bytes, string Mutation) Next() => _random.Next(3) switch
    {
        0 => Truncate(),
        1 => Flip(),
        _ => Overlong(),
    };

    private (byte[], string) Truncate()
    {
        var length = _random.Next(1, valid.Length);
        return (valid[..length], $"truncated to {length} bytes");
    }

    private (byte[], string) Flip()
    {
        var bytes = (byte[])valid.Clone();
        var at = _random.Next(bytes.Length);
        bytes[at] = InvalidBytes[_random.Next(InvalidBytes.Length)];
        return (bytes, $"byte {at} replaced with 0x{bytes[at]:X2}");
    }

    private (byte[], string) Overlong()
    {
        var (key, limit) = LimitedKeys[_random.Next(LimitedKeys.Length)];
        var text = Encoding.UTF8.GetString(valid);
        var marker = $"\"{key}\":\"";
        var start = text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var end = text.IndexOf('"', start);
        var length = limit + 1 + _random.Next(limit * 4);
        var mutated = string.Concat(text.AsSpan(0, start), new string('7', length), text.AsSpan(end));
        return (Encoding.UTF8.GetBytes(mutated), $"{key} made {length} bytes long");
    }
}
