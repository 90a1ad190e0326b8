namespace CptGraph.Ingestion.Tic;

/// <summary>
/// Replays a few bytes already read from a non-seekable stream (the gzip magic sniffed by
/// <see cref="TicInput"/>, the start checked by <see cref="Sources.JsonStart"/>) before the rest of it. Read-only;
/// disposes the inner stream only when <paramref name="ownsInner"/> (a decompressor made for it), never the caller's.
/// </summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream inner, bool ownsInner = false) : Stream
{
    private int _prefixPosition;

    /// <summary>The stream the prefix was read from.</summary>
    public Stream Inner => inner;

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
        if (_prefixPosition < prefixLength)
        {
            int count = Math.Min(buffer.Length, prefixLength - _prefixPosition);
            prefix.AsSpan(_prefixPosition, count).CopyTo(buffer);
            _prefixPosition += count;
            return count;
        }

        return inner.Read(buffer);
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
        if (disposing && ownsInner)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
