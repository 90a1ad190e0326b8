namespace CptGraph.Ingestion.Tic;

/// <summary>Turns a raw input stream into JSON text, whatever the file is called.</summary>
internal static class TicInput
{
    /// <summary>
    /// Wraps <paramref name="stream"/> in a gzip decompression when it starts with the gzip magic
    /// bytes 1f 8b (a <see cref="GzipInput"/>, which can tell a cut file from a complete one). Payers name files inconsistently (<c>.json.gz</c>, <c>.gz</c>, <c>.json</c>, none), so
    /// the name is never trusted. JSON text cannot start with 0x1f, so the sniff cannot misfire. The
    /// returned stream leaves <paramref name="stream"/> open.
    /// </summary>
    public static Stream Open(Stream stream)
    {
        byte[] magic = new byte[2];
        int read = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        var replay = new PrefixedStream(magic, read, stream);
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b
            ? new GzipInput(replay)
            : replay;
    }
}
