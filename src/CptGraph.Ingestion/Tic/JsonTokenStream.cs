using System.Buffers;
using System.Text.Json;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// Reads the JSON tokens of a stream of any size (TiC files reach hundreds of GB) through one pooled
/// buffer, keeping the absolute byte offset and JSON path of the current token for error messages.
/// </summary>
/// <remarks>
/// This is the hot loop of every TiC ingest, so it follows System.Text.Json's <c>ReadBufferState</c>:
/// <see cref="Utf8JsonReader"/> is a ref struct and cannot live in a field, so it is re-created over the
/// unread bytes from the saved <see cref="JsonReaderState"/> — once per batch of up to 256 tokens, not per
/// token. When a token straddles the end of the buffer the reader stops; the unread tail is shifted to the
/// front, the buffer doubles if the tail already fills it, and the stream is read again. Token values stay
/// in the buffer and are decoded only when asked for.
/// </remarks>
public sealed partial class JsonTokenStream : IDisposable
{
    /// <summary>The buffer size used when none is given: large enough that refills are rare.</summary>
    public const int DefaultBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly JsonTokenOrigin _origin;

    // Rented from ArrayPool; bytes [_consumed, _filled) are read from the stream but not yet tokenised.
    private byte[] _buffer;
    private int _consumed;
    private int _filled;

    // Absolute offset of _buffer[0] in the (decompressed) stream, so offsets survive the shift in Refill.
    private long _bufferOffset;

    // Set once the stream is exhausted: tells Utf8JsonReader that no more bytes will arrive.
    private bool _isFinalBlock;

    // Set once the start of the stream was checked for a byte order mark.
    private bool _startChecked;

    // Utf8JsonReader's depth, comma expectations and line numbers, carried from one token to the next.
    private JsonReaderState _state;

    // Tokens found by the last Tokenise, handed out one per Read; their values point into _buffer, which is
    // not shifted until the queue is empty.
    private readonly Token[] _queue = new Token[256];
    private int _queueIndex;
    private int _queueCount;

    // A JsonException met while tokenising, thrown once the tokens before it have been read.
    private JsonException? _pendingError;
    private long _pendingErrorOffset;

    // The current token: its type, where its value sits in _buffer and where the token starts in the stream.
    private JsonTokenType _tokenType;
    private int _valueStart;
    private int _valueLength;
    private bool _valueIsEscaped;
    private long _tokenOffset;

    /// <summary>Wraps <paramref name="stream"/>; the caller keeps ownership of it.</summary>
    /// <param name="stream">The JSON text (already decompressed).</param>
    /// <param name="sourceName">The file or URL named in every error.</param>
    /// <param name="initialBufferSize">Starting buffer size; it grows when a single token does not fit.</param>
    public JsonTokenStream(Stream stream, string sourceName, int initialBufferSize = DefaultBufferSize)
        : this(stream, sourceName, initialBufferSize, JsonTokenOrigin.WholeFile)
    {
    }

    /// <summary>
    /// Reads a piece of a larger document (see <see cref="JsonTokenOrigin"/>): offsets, paths and depth limits are
    /// those of the whole file, so an error in a piece reads exactly as it would in one pass over the file.
    /// </summary>
    internal JsonTokenStream(Stream stream, string sourceName, int initialBufferSize, JsonTokenOrigin origin)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initialBufferSize, 1);
        _stream = stream;
        SourceName = sourceName;
        _origin = origin;
        _bufferOffset = origin.StartOffset;
        _buffer = ArrayPool<byte>.Shared.Rent(initialBufferSize);
        _state = new JsonReaderState(new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = JsonTokenOrigin.FileMaxDepth - origin.Depth,
        });
    }

    /// <summary>The file or URL named in errors.</summary>
    public string SourceName { get; }

    /// <summary>The type of the current token; <see cref="JsonTokenType.None"/> before the first and after the last.</summary>
    public JsonTokenType TokenType => _tokenType;

    /// <summary>The absolute byte offset of the current token in the (decompressed) stream.</summary>
    public long TokenOffset => _tokenOffset;

    /// <summary>Moves to the next token; false at the clean end of the input.</summary>
    /// <exception cref="IngestionException">Malformed or truncated JSON, or an unreadable stream.</exception>
    public bool Read()
    {
        while (_queueIndex == _queueCount)
        {
            if (_pendingError is not null)
            {
                throw ReportPendingError();
            }

            if (!Tokenise())
            {
                if (_isFinalBlock)
                {
                    return EndOfInput();
                }

                Refill();
            }
        }

        ref Token token = ref _queue[_queueIndex++];
        _tokenType = token.Type;
        _tokenOffset = _bufferOffset + token.Start;
        _valueStart = token.ValueStart;
        _valueLength = token.ValueLength;
        _valueIsEscaped = token.IsEscaped;
        TrackPath();
        return true;
    }

    /// <summary>
    /// Skips the current value: on a property name, the property's value; on the start of an object or
    /// array, everything up to its end. Leaves the stream on the value's last token.
    /// </summary>
    public void Skip()
    {
        if (_tokenType == JsonTokenType.PropertyName)
        {
            ReadRequired();
        }

        if (_tokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            int depth = _frameCount - 1;
            while (_frameCount > depth)
            {
                ReadRequired();
            }
        }
    }

    /// <summary>An <see cref="IngestionException"/> located at the current token.</summary>
    public IngestionException Error(string problem, Exception? inner = null) =>
        new(SourceName, $"byte {_origin.FileOffset(_tokenOffset)}, {Path}", problem, inner);

    /// <inheritdoc />
    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Fast path: one Utf8JsonReader tokenises as much of the buffer as the queue holds, because creating a
    // reader per token costs several times the tokenising itself. It stops (returns false) at a token that
    // straddles the buffer end; Read then refills. An error is kept until the tokens before it are handed
    // out, so it is reported with the path of the last good token.
    private bool Tokenise()
    {
        _queueIndex = 0;
        _queueCount = 0;
        int sliceStart = _consumed;
        var reader = new Utf8JsonReader(_buffer.AsSpan(sliceStart, _filled - sliceStart), _isFinalBlock, _state);
        try
        {
            while (_queueCount < _queue.Length && reader.Read())
            {
                int start = sliceStart + (int)reader.TokenStartIndex;
                JsonTokenType type = reader.TokenType;
                _queue[_queueCount++] = new Token
                {
                    Type = type,
                    Start = start,

                    // TokenStartIndex points at the opening quote of strings and property names.
                    ValueStart = type is JsonTokenType.String or JsonTokenType.PropertyName ? start + 1 : start,
                    ValueLength = reader.ValueSpan.Length,
                    IsEscaped = reader.ValueIsEscaped,
                };
            }
        }
        catch (JsonException ex)
        {
            _pendingError = ex;
            _pendingErrorOffset = _bufferOffset + sliceStart + reader.BytesConsumed;
            return true;
        }

        // After a false Read the reader has rolled back to the end of the last complete token.
        _consumed = sliceStart + (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        return _queueCount > 0;
    }

    private IngestionException ReportPendingError()
    {
        _tokenOffset = _pendingErrorOffset;
        return TruncatedGzip() ?? Error($"malformed JSON: {WithoutReaderPosition(_pendingError!.Message)}", _pendingError);
    }

    // Utf8JsonReader ends its messages with its own line and column; the location already gives the file's byte
    // offset, and a piece read in parallel would count lines from the piece's start.
    private static string WithoutReaderPosition(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    // JSON cut short at the end of a gzip file whose trailer does not match: the download stopped, the JSON is
    // not to blame. The location stays the decompressed offset and path of the cut.
    private IngestionException? TruncatedGzip() =>
        _isFinalBlock && (_origin.EndsAtEndOfInput?.Invoke() ?? true) && (_origin.Compressed ?? _stream as GzipInput) is { EndedEarly: true } gzip
            ? Error($"the compressed stream ended early (truncated download?) after {gzip.CompressedBytesRead} compressed bytes; "
                + $"the JSON stops at byte {_origin.FileOffset(_bufferOffset + _filled)} of the decompressed text", _pendingError)
            : null;

    private bool EndOfInput()
    {
        // Utf8JsonReader already throws for an unclosed object at the final block; this is a second guard.
        if (_frameCount > 0)
        {
            throw TruncatedGzip() ?? Error("unexpected end of file");
        }

        _tokenType = JsonTokenType.None;
        _tokenOffset = _bufferOffset + _filled;
        return false;
    }

    private void ReadRequired()
    {
        if (!Read())
        {
            throw TruncatedGzip() ?? Error("unexpected end of file");
        }
    }

    private void Refill()
    {
        int pending = _filled - _consumed;
        if (_consumed > 0)
        {
            Buffer.BlockCopy(_buffer, _consumed, _buffer, 0, pending);
            _bufferOffset += _consumed;
            _consumed = 0;
            _filled = pending;
        }

        // The unread tail is one token that fills the whole buffer: only a bigger buffer can hold it, up to a limit.
        if (_filled == _buffer.Length)
        {
            if (_filled >= TicLimits.MaxTokenBytes)
            {
                _tokenOffset = _bufferOffset;
                throw Error($"a single JSON value is longer than {TicLimits.MaxTokenBytes} bytes");
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _filled);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        int read = ReadStream(_buffer.AsSpan(_filled));
        if (read == 0)
        {
            _isFinalBlock = true;
        }

        _filled += read;

        // A UTF-8 byte order mark (some editors and exporters write one) is not JSON; skip it where the file starts.
        // The first read may be short (the gzip sniff replays two bytes), so read until three are there.
        if (!_startChecked)
        {
            while (_filled < 3 && !_isFinalBlock)
            {
                int more = ReadStream(_buffer.AsSpan(_filled));
                _isFinalBlock = more == 0;
                _filled += more;
            }

            _startChecked = true;
            if (_filled >= 3 && _buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
            {
                _consumed = 3;
            }
        }
    }

    private int ReadStream(Span<byte> target)
    {
        try
        {
            return _stream.Read(target);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            _tokenOffset = _bufferOffset + _filled;
            throw Error($"could not read the input: {ex.Message}", ex);
        }
    }

    private struct Token
    {
        public JsonTokenType Type;
        public int Start;
        public int ValueStart;
        public int ValueLength;
        public bool IsEscaped;
    }
}
