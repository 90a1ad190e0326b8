using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CptGraph.Ingestion.Tic;

// Typed access to the current token, and the "read the next token and insist on its type" helpers the
// TiC parser is written in. Every failure names the field and the token found.
public sealed partial class JsonTokenStream
{
    /// <summary>The current string or property name, unescaped, at most <see cref="TicLimits.MaxStringBytes"/> long.</summary>
    /// <exception cref="IngestionException">Longer than allowed, or not valid UTF-8 (naming the offset of the bad byte).</exception>
    public string GetString() => GetString(TicLimits.MaxStringBytes);

    /// <summary>The current string, at most <paramref name="maxBytes"/> bytes of UTF-8 as written in the file.</summary>
    public string GetString(int maxBytes)
    {
        ReadOnlySpan<byte> raw = _buffer.AsSpan(_valueStart, _valueLength);
        if (raw.Length > maxBytes)
        {
            throw Error($"{CurrentName} is {raw.Length} bytes long; at most {maxBytes} are allowed");
        }

        // Encoding.UTF8 would silently turn bad bytes into U+FFFD; a file with them is damaged, so say where.
        if (!System.Text.Unicode.Utf8.IsValid(raw))
        {
            _tokenOffset = _bufferOffset + _valueStart + FirstInvalidUtf8(raw);
            throw Error($"{CurrentName} is not valid UTF-8");
        }

        return _valueIsEscaped ? Unescape(raw) : Encoding.UTF8.GetString(raw);
    }

    /// <summary>Reads the next token and requires a string (not null) of at most <paramref name="maxBytes"/> bytes.</summary>
    public string ReadString(int maxBytes)
    {
        ReadRequired();
        Expect(JsonTokenType.String, "a string");
        return GetString(maxBytes);
    }

    /// <summary>Reads the next token and requires a string or null of at most <paramref name="maxBytes"/> bytes.</summary>
    public string? ReadOptionalString(int maxBytes)
    {
        ReadRequired();
        if (_tokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(JsonTokenType.String, "a string");
        return GetString(maxBytes);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> raw)
    {
        int index = 0;
        while (index < raw.Length && System.Text.Rune.DecodeFromUtf8(raw[index..], out _, out int consumed) == System.Buffers.OperationStatus.Done)
        {
            index += consumed;
        }

        return index;
    }

    /// <summary>
    /// The current number exactly as written (<c>40.0000000001</c>, <c>1.0</c>, <c>1e2</c>), for keys that
    /// must not be rounded through a binary type.
    /// </summary>
    public string GetNumberText() => Encoding.ASCII.GetString(_buffer.AsSpan(_valueStart, _valueLength));

    /// <summary>The current number as an exact decimal.</summary>
    public decimal GetDecimal()
    {
        ReadOnlySpan<byte> raw = _buffer.AsSpan(_valueStart, _valueLength);
        if (Utf8Parser.TryParse(raw, out decimal value, out int used) && used == raw.Length)
        {
            return value;
        }

        throw Error($"{GetNumberText()} does not fit a decimal for {CurrentName}");
    }

    /// <summary>Reads the next token and requires a string (not null).</summary>
    public string ReadString()
    {
        ReadRequired();
        Expect(JsonTokenType.String, "a string");
        return GetString();
    }

    /// <summary>Reads the next token and requires a string or null.</summary>
    public string? ReadOptionalString()
    {
        ReadRequired();
        if (_tokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(JsonTokenType.String, "a string");
        return GetString();
    }

    /// <summary>
    /// Reads the next token and requires a string (not null), returning one shared instance per distinct short
    /// value: enumerations like <c>negotiated_type</c> and <c>billing_class</c> repeat on every price of a file.
    /// </summary>
    public string ReadInternedString()
    {
        ReadRequired();
        Expect(JsonTokenType.String, "a string");
        return GetInternedString();
    }

    /// <summary>The current string, shared as in <see cref="ReadInternedString"/>.</summary>
    public string GetInternedString() =>
        _valueIsEscaped || _valueLength > MaxInternedValueBytes ? GetString() : Intern(_values, MaxInternedValues);

    /// <summary>Reads the next token and requires a yyyy-MM-dd date string.</summary>
    public DateOnly ReadDate()
    {
        ReadRequired();
        Expect(JsonTokenType.String, "a string");
        if (!_valueIsEscaped && TryParseIsoDate(_buffer.AsSpan(_valueStart, _valueLength), out DateOnly parsed))
        {
            return parsed;
        }

        string text = GetString();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        throw Error($"expected a yyyy-MM-dd date for {CurrentName} but found '{text}'");
    }

    /// <summary>Reads the next token and requires a number, returned as an exact decimal.</summary>
    public decimal ReadDecimal()
    {
        ReadRequired();
        Expect(JsonTokenType.Number, "a number");
        return GetDecimal();
    }

    /// <summary>Reads the next token and requires a number, returned exactly as written (see <see cref="GetNumberText"/>).</summary>
    public string ReadNumberText()
    {
        ReadRequired();
        Expect(JsonTokenType.Number, "a number");
        return GetNumberText();
    }

    /// <summary>Reads the next token and requires the start of an object.</summary>
    public void ReadStartObject()
    {
        ReadRequired();
        Expect(JsonTokenType.StartObject, "an object");
    }

    /// <summary>Reads the next token and requires the start of an array; false (and nothing to read) for null.</summary>
    public bool ReadStartArrayOrNull()
    {
        ReadRequired();
        if (_tokenType == JsonTokenType.Null)
        {
            return false;
        }

        Expect(JsonTokenType.StartArray, "an array");
        return true;
    }

    /// <summary>Inside an object: moves to the next property name, or returns false on the closing brace.</summary>
    public bool NextProperty(out string name)
    {
        ReadRequired();
        name = _tokenType == JsonTokenType.PropertyName ? PropertyName! : "";
        return _tokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Inside an array: moves to the first token of the next element, or returns false on the closing bracket.</summary>
    public bool NextElement()
    {
        ReadRequired();
        return _tokenType != JsonTokenType.EndArray;
    }

    /// <summary>Requires the current token to be of <paramref name="type"/>.</summary>
    /// <param name="type">The token type wanted.</param>
    /// <param name="description">How the message names it, e.g. <c>a number</c>.</param>
    public void Expect(JsonTokenType type, string description)
    {
        if (_tokenType != type)
        {
            throw Error($"expected {description} for {CurrentName} but found {_tokenType}");
        }
    }

    // The common case without a culture-aware parser: ten ASCII bytes dddd-dd-dd naming a real day. Anything else
    // takes the general path, which also words the error.
    private static bool TryParseIsoDate(ReadOnlySpan<byte> raw, out DateOnly date)
    {
        date = default;
        if (raw.Length != 10 || raw[4] != '-' || raw[7] != '-'
            || !Utf8Parser.TryParse(raw[..4], out int year, out int used) || used != 4
            || !Utf8Parser.TryParse(raw.Slice(5, 2), out int month, out used) || used != 2
            || !Utf8Parser.TryParse(raw.Slice(8, 2), out int day, out used) || used != 2
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    // Utf8JsonReader already knows every JSON escape; let it decode the one token rather than repeat that logic.
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        byte[] quoted = new byte[raw.Length + 2];
        quoted[0] = (byte)'"';
        raw.CopyTo(quoted.AsSpan(1));
        quoted[^1] = (byte)'"';
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.GetString()!;
    }
}
