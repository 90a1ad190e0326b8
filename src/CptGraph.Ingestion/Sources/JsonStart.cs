using System.Text;
using CptGraph.Ingestion.Tic;

namespace CptGraph.Ingestion.Sources;

/// <summary>
/// Checks that a file's text starts as a JSON document does before any parser sees it, so a wrong file is named for
/// what it is ("the file is empty", "it starts with \"code,rate\"") instead of as a JSON syntax error. Every input
/// here (TiC files, tables of contents, content and payer catalogs) is a JSON object or, at worst, an array.
/// </summary>
internal static class JsonStart
{
    private const int PreviewLength = 40;
    private const int MaxLeadingWhitespace = 64 * 1024;

    /// <summary>
    /// Reads up to the first non-whitespace byte of <paramref name="text"/> and returns a stream replaying it
    /// all; disposes <paramref name="text"/> with it when <paramref name="ownsText"/>.
    /// </summary>
    /// <exception cref="IngestionException">The text is empty, only whitespace, or starts with something JSON cannot.</exception>
    public static Stream Check(Stream text, string sourceName, bool ownsText = true, bool decompressed = false)
    {
        var buffer = new byte[256];
        var length = 0;
        int start;
        while ((start = FirstNonWhitespace(buffer.AsSpan(0, length))) < 0)
        {
            if (length == buffer.Length)
            {
                if (length >= MaxLeadingWhitespace)
                {
                    break;
                }

                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = ReadSome(text, buffer.AsSpan(length), sourceName, length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        var what = decompressed ? "the decompressed file" : "the file";
        if (start < 0)
        {
            throw new IngestionException(sourceName, $"byte {length}",
                length == 0 ? $"not JSON: {what} is empty" : $"not JSON: {what} holds only whitespace");
        }

        if (buffer[start] is not ((byte)'{' or (byte)'['))
        {
            // Complete the preview's line so the message shows what the file holds.
            var wanted = Math.Clamp(start + PreviewLength - length, 0, buffer.Length - length);
            for (int read; wanted > 0 && (read = ReadSome(text, buffer.AsSpan(length, wanted), sourceName, length)) > 0; wanted -= read)
            {
                length += read;
            }
            throw new IngestionException(sourceName, $"byte {start}", $"not JSON: {what} starts with {Preview(buffer.AsSpan(start, length - start))}; a JSON document starts with '{{'");
        }

        return new PrefixedStream(buffer, length, text, ownsText);
    }

    // A corrupt gzip stream fails on its first read: reported as the JSON reader reports it, with where it happened.
    private static int ReadSome(Stream text, Span<byte> target, string sourceName, int offset)
    {
        try
        {
            return text.Read(target);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            throw new IngestionException(sourceName, $"byte {offset}, $", $"could not read the input: {ex.Message}", ex);
        }
    }

    private static int FirstNonWhitespace(ReadOnlySpan<byte> bytes)
    {
        // A UTF-8 byte-order mark counts as leading whitespace; System.Text.Json skips it too. A read may stop inside
        // the mark (the gzip sniffer replays its first two bytes on their own), so a part of one is undecided yet.
        if (bytes.Length < 3 && "\uFEFF"u8.StartsWith(bytes))
        {
            return -1;
        }

        var skip = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var index = bytes[skip..].IndexOfAnyExcept(" \t\r\n"u8);
        return index < 0 ? -1 : index + skip;
    }

    private static string Preview(ReadOnlySpan<byte> bytes)
    {
        var line = bytes[..Math.Min(bytes.Length, PreviewLength)];
        var end = line.IndexOfAny("\r\n"u8);
        line = end >= 0 ? line[..end] : line;
        var isText = line.IndexOfAnyInRange((byte)0, (byte)8) < 0 && line.IndexOfAnyInRange((byte)14, (byte)31) < 0;
        return isText
            ? $"\"{Encoding.UTF8.GetString(line)}\" (a CSV or other text file?)"
            : $"the bytes {Convert.ToHexString(line[..Math.Min(line.Length, 8)])} (binary data, not text)";
    }
}
