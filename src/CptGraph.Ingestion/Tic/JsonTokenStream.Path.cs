using System.Text;
using System.Text.Json;

namespace CptGraph.Ingestion.Tic;

// Path tracking: one frame per open object or array, so an error can say
// $.in_network[3].negotiated_rates[0].negotiated_prices[1].negotiated_rate without keeping the document.
public sealed partial class JsonTokenStream
{
    // Property names repeat millions of times in a TiC file; interning them keeps the hot loop allocation-free.
    // The cap stops a file with generated names from growing the table without bound.
    private const int MaxInternedNames = 1024;

    // Short string values are shared the same way (ReadInternedString), under their own cap.
    private const int MaxInternedValues = 4096;
    private const int MaxInternedValueBytes = 64;

    private readonly Dictionary<string, string> _names = [];
    private readonly Dictionary<string, string> _values = [];
    private Frame[] _frames = new Frame[16];
    private int _frameCount;

    /// <summary>The JSON path of the current token, e.g. <c>$.in_network[3].negotiated_rates[0]</c>.</summary>
    public string Path
    {
        get
        {
            var path = new StringBuilder(_origin.PathPrefix);
            for (int i = 0; i < _frameCount; i++)
            {
                ref Frame frame = ref _frames[i];
                if (frame.IsArray && frame.Index >= 0)
                {
                    // A piece's outer array stands for the file's array from its FirstIndex-th element on.
                    path.Append('[').Append(i == 0 ? frame.Index + _origin.FirstIndex : frame.Index).Append(']');
                }
                else if (!frame.IsArray && frame.Property is not null)
                {
                    path.Append('.').Append(frame.Property);
                }
            }

            return path.ToString();
        }
    }

    /// <summary>
    /// The last segment of <see cref="Path"/> (e.g. <c>negotiated_rate</c> or <c>billing_code_modifier[0]</c>),
    /// for messages that name the offending field.
    /// </summary>
    public string CurrentName
    {
        get
        {
            string path = Path;
            int dot = path.LastIndexOf('.');
            return dot < 0 ? path : path[(dot + 1)..];
        }
    }

    /// <summary>True when the last property name was written with escapes (the parallel splitter does not recognise those).</summary>
    internal bool PropertyNameWasEscaped { get; private set; }

    /// <summary>The name of the property whose value (or name) is the current token; null inside an array.</summary>
    public string? PropertyName => _frameCount > 0 && !_frames[_frameCount - 1].IsArray ? _frames[_frameCount - 1].Property : null;

    private void TrackPath()
    {
        switch (_tokenType)
        {
            case JsonTokenType.PropertyName:
                _frames[_frameCount - 1].Property = InternPropertyName();
                PropertyNameWasEscaped = _valueIsEscaped;
                break;
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                CountArrayElement();
                Push(_tokenType == JsonTokenType.StartArray);
                break;
            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                _frameCount--;
                break;
            default:
                CountArrayElement();
                break;
        }
    }

    private void CountArrayElement()
    {
        if (_frameCount > 0 && _frames[_frameCount - 1].IsArray)
        {
            _frames[_frameCount - 1].Index++;
        }
    }

    private void Push(bool isArray)
    {
        if (_frameCount == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        _frames[_frameCount++] = new Frame { IsArray = isArray, Index = -1 };
    }

    private string InternPropertyName() =>
        _valueIsEscaped || _valueLength > 128 ? GetString() : Intern(_names, MaxInternedNames);

    // The current unescaped token text, from (or added to) a table of shared strings.
    private string Intern(Dictionary<string, string> table, int capacity)
    {
        ReadOnlySpan<byte> raw = _buffer.AsSpan(_valueStart, _valueLength);
        Span<char> chars = stackalloc char[raw.Length];
        int count = Encoding.UTF8.GetChars(raw, chars);
        var lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..count], out string? name))
        {
            return name;
        }

        name = new string(chars[..count]);
        if (table.Count < capacity)
        {
            table.Add(name, name);
        }

        return name;
    }

    // Index is the element count so far minus one: -1 until the array's first element arrives.
    private struct Frame
    {
        public bool IsArray;
        public int Index;
        public string? Property;
    }
}
