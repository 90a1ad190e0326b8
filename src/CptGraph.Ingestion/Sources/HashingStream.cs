using System.Security.Cryptography;

namespace CptGraph.Ingestion.Sources;

/// <summary>
/// Computes SHA-256 and counts the bytes as the reader pulls them, so a file is read once: hashing first and
/// parsing second would read a 300 GB file (or download it) twice.
/// </summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long BytesRead { get; private set; }

    /// <summary>Reads whatever the parser left unread (trailing whitespace, say), then returns the hash of every byte.</summary>
    public string Finish()
    {
        CopyTo(Null);
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        _hash.AppendData(buffer[..read]);
        BytesRead += read;
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
