using System.Buffers;
using System.Text.Json;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// Reads the JSON tokens of a stream of any size (TiC files reach hundreds of GB) through one pooled
/// buffer, keeping the absolute byte offset and JSON path of the current token for error messages.
/// </summary>
/// <remarks>
/// This is the hot loop of every TiC ingest, so it follows System.Text.Json's <c>ReadBufferState</c>:
/// <see cref="Utf8JsonReader"/> is a ref struct and cannot live in a field, so each <see cref="Read"/>
/// re-creates it over the unread bytes from the saved <see cref="JsonReaderState"/>. When a token straddles
/// the end of the buffer the reader returns false; the unread tail is shifted to the front, the buffer
/// doubles if the tail already fills it, and the stream is read again. The current token's bytes stay in
/// the buffer until the next <see cref="Read"/>, so values are decoded only when asked for.
/// </remarks>
public sealed partial class JsonTokenStream : IDisposable
{
    /// <summary>The buffer size used when none is given: large enough that refills are rare.</summary>
    public const int DefaultBufferSize = 64 * 1024;

    private readonly Stream _stream;

    // Rented from ArrayPool; bytes [_consumed, _filled) are read from the stream but not yet tokenised.
    private byte[] _buffer;
    private int _consumed;
    private int _filled;

    // Absolute offset of _buffer[0] in the (decompressed) stream, so offsets survive the shift in Refill.
    private long _bufferOffset;

    // Set once the stream is exhausted: tells Utf8JsonReader that no more bytes will arrive.
    private bool _isFinalBlock;

    // Utf8JsonReader's depth, comma expectations and line numbers, carried from one token to the next.
    private JsonReaderState _state;

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
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initialBufferSize, 1);
        _stream = stream;
        SourceName = sourceName;
        _buffer = ArrayPool<byte>.Shared.Rent(initialBufferSize);
        _state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
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
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_consumed, _filled - _consumed), _isFinalBlock, _state);
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (JsonException ex)
            {
                _tokenOffset = _bufferOffset + _consumed + reader.BytesConsumed;
                throw Error($"malformed JSON: {ex.Message}", ex);
            }

            if (read)
            {
                Accept(ref reader);
                return true;
            }

            if (_isFinalBlock)
            {
                return EndOfInput();
            }

            Refill();
        }
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
        new(SourceName, $"byte {_tokenOffset}, {Path}", problem, inner);

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

    private void Accept(ref Utf8JsonReader reader)
    {
        int sliceStart = _consumed;
        int tokenStart = sliceStart + (int)reader.TokenStartIndex;
        _tokenType = reader.TokenType;
        _tokenOffset = _bufferOffset + tokenStart;

        // TokenStartIndex points at the opening quote of strings and property names; the value follows it.
        _valueStart = _tokenType is JsonTokenType.String or JsonTokenType.PropertyName ? tokenStart + 1 : tokenStart;
        _valueLength = reader.ValueSpan.Length;
        _valueIsEscaped = reader.ValueIsEscaped;

        _consumed = sliceStart + (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        TrackPath();
    }

    private bool EndOfInput()
    {
        // Utf8JsonReader already throws for an unclosed object at the final block; this is a second guard.
        if (_frameCount > 0)
        {
            throw Error("unexpected end of file");
        }

        _tokenType = JsonTokenType.None;
        _tokenOffset = _bufferOffset + _filled;
        return false;
    }

    private void ReadRequired()
    {
        if (!Read())
        {
            throw Error("unexpected end of file");
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

        // The unread tail is one token that fills the whole buffer: only a bigger buffer can hold it.
        if (_filled == _buffer.Length)
        {
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
}
