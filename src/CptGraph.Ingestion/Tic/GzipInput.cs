using System.Buffers.Binary;
using System.IO.Compression;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// A gzip file's decompressed bytes, and whether the compressed stream ended early. <see cref="GZipStream"/>
/// returns a quiet end of data when its input stops mid-member (an interrupted download), so the JSON reader
/// would blame the JSON at the cut. The gzip trailer's ISIZE (the member's size mod 2^32) tells the two apart:
/// at the end of a complete file the last four compressed bytes equal the decompressed length.
/// </summary>
/// <remarks>
/// A multi-member file (pigz -i, bgzip) carries only its last member's size there, so a mismatch alone
/// proves nothing; <see cref="JsonTokenStream"/> asks <see cref="EndedEarly"/> only when the JSON is also cut
/// short, and a file whose JSON is complete is never refused for its trailer.
/// </remarks>
internal sealed class GzipInput : Stream
{
    private readonly TrailerWindow _compressed;
    private readonly GZipStream _gzip;
    private long _decompressed;
    private bool _ended;

    public GzipInput(Stream compressed)
    {
        _compressed = new TrailerWindow(compressed);
        _gzip = new GZipStream(_compressed, CompressionMode.Decompress);
    }

    /// <summary>Compressed bytes read so far (the whole file once the end is reached).</summary>
    public long CompressedBytesRead => _compressed.BytesRead;

    /// <summary>
    /// True once decompression has ended and the trailer does not describe the bytes produced: the file was
    /// cut before its end (or is a multi-member file; see the remarks).
    /// </summary>
    public bool EndedEarly => _ended && (_compressed.BytesRead < 18 || _compressed.LastIsize != (uint)_decompressed);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        int read = _gzip.Read(buffer);
        _decompressed += read;
        if (read == 0 && buffer.Length > 0)
        {
            _ended = true;
        }

        return read;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }

        base.Dispose(disposing);
    }

    // Counts the compressed bytes and keeps the last four, where a complete member's ISIZE sits.
    private sealed class TrailerWindow(Stream inner) : Stream
    {
        private readonly byte[] _last = new byte[4];

        public long BytesRead { get; private set; }

        public uint LastIsize => BinaryPrimitives.ReadUInt32LittleEndian(_last);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(Span<byte> buffer)
        {
            int read = inner.Read(buffer);
            if (read >= 4)
            {
                buffer.Slice(read - 4, 4).CopyTo(_last);
            }
            else if (read > 0)
            {
                // Shift the window left by the few bytes that arrived.
                _last.AsSpan(read).CopyTo(_last);
                buffer[..read].CopyTo(_last.AsSpan(4 - read));
            }

            BytesRead += read;
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
