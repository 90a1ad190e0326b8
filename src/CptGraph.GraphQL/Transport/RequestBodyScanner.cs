using System.Text;
using System.Text.Json;

namespace CptGraph.GraphQL.Transport;

/// <summary>
/// Reads a POST body's request parameters in one forward pass of <see cref="Utf8JsonReader"/> over the bytes, with the
/// checks <see cref="RequestJson"/> promises: a key given twice anywhere (by its JSON path) and each parameter's JSON type.
/// Not through a <see cref="JsonDocument"/>: its token table, about the body's size, is rented from the shared array
/// pool and returned there, and after a storm of multi-megabyte bodies the pool kept ~240 MB of such arrays for minutes
/// (the pool drops one per partition per full collection after a minute unused), which the hostile suite measured.
/// This pass allocates only the strings it returns. Errors keep the old precedence: bad JSON first (as the reader
/// meets it), then a repeated key, then a parameter of the wrong type.
/// </summary>
internal ref struct RequestBodyScanner
{
    private Utf8JsonReader _reader;
    private readonly ReadOnlySpan<byte> _json;
    private readonly List<string> _path = [];
    private string? _duplicate;
    private string? _wrongType;

    private RequestBodyScanner(ReadOnlySpan<byte> json)
    {
        _json = json;
        _reader = new Utf8JsonReader(json);
    }

    /// <summary>The parameters as read; <c>Variables</c> and <c>Extensions</c> are their JSON object text, or null.</summary>
    public readonly record struct Parameters(
        string? Query, string? OperationName, string? DocumentId, string? Id, string? Variables, string? Extensions);

    /// <exception cref="JsonException">The bytes are not one JSON value.</exception>
    /// <exception cref="GraphQLHttpRequestException">Not an object, a key given twice, or a parameter of the wrong type.</exception>
    public static Parameters Scan(ReadOnlySpan<byte> json) => new RequestBodyScanner(json).ScanBody();

    private Parameters ScanBody()
    {
        Read();
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            _reader.Skip();
            EndOfDocument();
            throw Invalid("The GraphQL request body must be a JSON object; batching is not supported.");
        }

        var parameters = new Parameters();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (NextProperty(seen) is { } name)
        {
            switch (name)
            {
                case "query": parameters = parameters with { Query = StringParameter(name) }; break;
                case "operationName": parameters = parameters with { OperationName = StringParameter(name) }; break;
                case "documentId": parameters = parameters with { DocumentId = StringParameter(name) }; break;
                case "id": parameters = parameters with { Id = StringParameter(name) }; break;
                case "variables": parameters = parameters with { Variables = ObjectParameter(name) }; break;
                case "extensions": parameters = parameters with { Extensions = ObjectParameter(name) }; break;
                default: ScanValue(); break;
            }

            _path.RemoveAt(_path.Count - 1);
        }

        EndOfDocument();
        if (_duplicate is not null)
        {
            throw Invalid($"The GraphQL request gives the key at {_duplicate} twice.", concernsOperation: true);
        }

        return _wrongType is not null ? throw Invalid(_wrongType) : parameters;
    }

    private string? StringParameter(string name)
    {
        switch (_reader.TokenType)
        {
            case JsonTokenType.String:
                return _reader.GetString();
            case JsonTokenType.Null:
                return null;
            default:
                _wrongType ??= $"The parameter '{name}' must be a string.";
                ScanValue();
                return null;
        }
    }

    private string? ObjectParameter(string name)
    {
        switch (_reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var start = (int)_reader.TokenStartIndex;
                ScanValue();
                return Encoding.UTF8.GetString(_json[start..(int)_reader.BytesConsumed]);
            case JsonTokenType.Null:
                return null;
            default:
                _wrongType ??= $"The parameter '{name}' must be a JSON object.";
                ScanValue();
                return null;
        }
    }

    /// <summary>Reads the value the reader is on to its end, noting the first key an object repeats.</summary>
    private void ScanValue()
    {
        switch (_reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (NextProperty(seen) is not null)
                {
                    ScanValue();
                    _path.RemoveAt(_path.Count - 1);
                }

                break;
            case JsonTokenType.StartArray:
                for (var index = 0; Read() != JsonTokenType.EndArray; index++)
                {
                    _path.Add($"[{index}]");
                    ScanValue();
                    _path.RemoveAt(_path.Count - 1);
                }

                break;
        }
    }

    /// <summary>
    /// Moves to the next property of the object the reader is in, noting the first repeated key, and leaves the reader
    /// on its value with its path segment pushed (the caller pops it); null at the object's end.
    /// </summary>
    private string? NextProperty(HashSet<string> seen)
    {
        if (Read() != JsonTokenType.PropertyName)
        {
            return null;
        }

        var name = _reader.GetString()!;
        if (!seen.Add(name) && _duplicate is null)
        {
            _duplicate = "$" + string.Concat(_path) + "." + name;
        }

        Read();
        _path.Add("." + name);
        return name;
    }

    private JsonTokenType Read()
    {
        // The reader throws JsonException on bad JSON; running out of tokens inside a value is bad JSON too.
        if (!_reader.Read())
        {
            throw new JsonException($"The JSON value ends early at byte {_reader.BytesConsumed}.");
        }

        return _reader.TokenType;
    }

    private void EndOfDocument()
    {
        // With one value allowed, the reader throws on anything but whitespace after it.
        if (_reader.Read())
        {
            throw new JsonException($"Something follows the JSON value at byte {_reader.TokenStartIndex}.");
        }
    }

    private static GraphQLHttpRequestException Invalid(string message, bool concernsOperation = false) =>
        new(StatusCodes.Status400BadRequest, GraphQLErrorCodes.RequestInvalid, message) { ConcernsOperation = concernsOperation };
}
