using System.Text;

namespace CptGraph.Server.Tests.Live;

/// <summary>Reads Server-Sent Events (event, id, data lines up to a blank line) from a response stream.</summary>
public sealed class SseReader(Stream stream)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    public async Task<(string? Event, string? Id, string Data)> ReadAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        string? name = null, id = null;
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || data.Length > 0)
                {
                    return (name, id, data.ToString());
                }

                continue;
            }

            var colon = line.IndexOf(':');
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "event": name = value; break;
                case "id": id = value; break;
                case "data": data.Append(value); break;
            }
        }

        throw new EndOfStreamException("The event stream ended.");
    }
}
