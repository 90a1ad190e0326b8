using System.Buffers;

namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>
/// A one-writer, one-reader stream of bytes between threads: the splitter writes a piece of the file while the
/// piece's parser reads it. Bounded by <c>capacity</c> bytes, so a single huge element streams through a few
/// megabytes instead of being held whole; a failure on the writer's side surfaces on the reader's next read.
/// </summary>
internal sealed class BytePipe(long capacity, CancellationToken cancellationToken) : Stream
{
    private const int ChunkSize = 64 * 1024;

    private readonly Queue<(byte[] Chunk, int Length)> _chunks = new();
    private readonly object _gate = new();
    private byte[]? _current;
    private int _currentStart;
    private int _currentLength;
    private long _buffered;
    private bool _completed;
    private Exception? _failure;

    /// <summary>Copies <paramref name="bytes"/> in, waiting while the reader is <c>capacity</c> bytes behind.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            int count = Math.Min(bytes.Length, ChunkSize);
            byte[] chunk = ArrayPool<byte>.Shared.Rent(count);
            bytes[..count].CopyTo(chunk);
            bytes = bytes[count..];
            lock (_gate)
            {
                while (_buffered >= capacity && !cancellationToken.IsCancellationRequested)
                {
                    Monitor.Wait(_gate, 100);
                }

                cancellationToken.ThrowIfCancellationRequested();
                _chunks.Enqueue((chunk, count));
                _buffered += count;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>No more bytes: the reader sees the end once it has read what is buffered.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The writer could not go on: the reader gets <paramref name="failure"/> once the buffered bytes are read.</summary>
    public void Fail(Exception failure)
    {
        lock (_gate)
        {
            _failure = failure;
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (_current is null && !TakeChunk())
        {
            return 0;
        }

        int count = Math.Min(buffer.Length, _currentLength - _currentStart);
        _current.AsSpan(_currentStart, count).CopyTo(buffer);
        _currentStart += count;
        if (_currentStart == _currentLength)
        {
            ArrayPool<byte>.Shared.Return(_current!);
            _current = null;
        }

        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        lock (_gate)
        {
            while (_chunks.TryDequeue(out var chunk))
            {
                ArrayPool<byte>.Shared.Return(chunk.Chunk);
            }

            _buffered = 0;
            Monitor.PulseAll(_gate);
        }

        if (_current is not null)
        {
            ArrayPool<byte>.Shared.Return(_current);
            _current = null;
        }

        base.Dispose(disposing);
    }

    private bool TakeChunk()
    {
        lock (_gate)
        {
            while (_chunks.Count == 0 && !_completed && !cancellationToken.IsCancellationRequested)
            {
                Monitor.Wait(_gate, 100);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (_chunks.TryDequeue(out var next))
            {
                _current = next.Chunk;
                _currentStart = 0;
                _currentLength = next.Length;
                _buffered -= next.Length;
                Monitor.PulseAll(_gate);
                return true;
            }

            if (_failure is not null)
            {
                // The splitter's own exception, so JsonTokenStream words it as a direct read's.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
            }

            return false;
        }
    }
}
