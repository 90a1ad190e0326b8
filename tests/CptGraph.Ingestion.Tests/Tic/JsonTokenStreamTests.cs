using System.Text;
using System.Text.Json;
using CptGraph.Ingestion.Tic;

namespace CptGraph.Ingestion.Tests.Tic;

public sealed class JsonTokenStreamTests
{
    private static JsonTokenStream Open(string json, int bufferSize) =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(json)), "tokens.json", bufferSize);

    [Theory]
    [BufferSizes]
    public void TracksOffsetAndPathOfEveryToken(int bufferSize)
    {
        // Arrange
        const string json = """{"a":[1,{"b":"x"}],"c":true}""";
        using JsonTokenStream tokens = Open(json, bufferSize);
        var seen = new List<string>();

        // Act
        while (tokens.Read())
        {
            seen.Add($"{tokens.TokenType}@{tokens.TokenOffset} {tokens.Path}");
        }

        // Assert
        Assert.Equal(
            [
                "StartObject@0 $",
                "PropertyName@1 $.a",
                "StartArray@5 $.a",
                "Number@6 $.a[0]",
                "StartObject@8 $.a[1]",
                "PropertyName@9 $.a[1].b",
                "String@13 $.a[1].b",
                "EndObject@16 $.a[1]",
                "EndArray@17 $.a",
                "PropertyName@19 $.c",
                "True@23 $.c",
                "EndObject@27 $",
            ],
            seen);
        Assert.Equal(JsonTokenType.None, tokens.TokenType);
    }

    [Theory]
    [BufferSizes]
    public void GrowsTheBufferForATokenLongerThanIt(int bufferSize)
    {
        // Arrange
        string text = string.Concat(Enumerable.Repeat("0123456789", 100));
        using JsonTokenStream tokens = Open($$"""{"long": "{{text}}", "after": 7}""", bufferSize);

        // Act
        tokens.ReadStartObject();
        tokens.NextProperty(out string first);
        string value = tokens.ReadString();
        tokens.NextProperty(out string second);
        decimal after = tokens.ReadDecimal();

        // Assert
        Assert.Equal(("long", text, "after", 7m), (first, value, second, after));
    }

    [Theory]
    [BufferSizes]
    public void SkipsAWholeNestedValue(int bufferSize)
    {
        // Arrange
        using JsonTokenStream tokens = Open("""{"a": {"b": [1, {"c": [2, 3]}], "d": null}, "e": 3.5}""", bufferSize);
        tokens.ReadStartObject();
        tokens.NextProperty(out _);

        // Act
        tokens.Skip();
        bool hasNext = tokens.NextProperty(out string name);

        // Assert
        Assert.True(hasNext);
        Assert.Equal("e", name);
        Assert.Equal(3.5m, tokens.ReadDecimal());
        Assert.Equal("$.e", tokens.Path);
    }

    [Theory]
    [BufferSizes]
    public void UnescapesStringsAndPropertyNames(int bufferSize)
    {
        // Arrange
        using JsonTokenStream tokens = Open("""{"na\u006De": "caf\u00e9 \"quoted\" \\ ok", "plain": "né"}""", bufferSize);
        tokens.ReadStartObject();

        // Act
        tokens.NextProperty(out string escapedName);
        string escaped = tokens.ReadString();
        tokens.NextProperty(out string plainName);
        string plain = tokens.ReadString();

        // Assert
        Assert.Equal(("name", "café \"quoted\" \\ ok", "plain", "né"), (escapedName, escaped, plainName, plain));
    }

    [Theory]
    [BufferSizes]
    public void KeepsNumberTextAndExactDecimals(int bufferSize)
    {
        // Arrange
        using JsonTokenStream tokens = Open("[40.0000000001, 1.0, 1e2, 12345678901234567.123456789]", bufferSize);
        tokens.Read();

        // Act
        var texts = new List<string>();
        var values = new List<decimal>();
        while (tokens.NextElement())
        {
            texts.Add(tokens.GetNumberText());
            values.Add(tokens.GetDecimal());
        }

        // Assert
        Assert.Equal(["40.0000000001", "1.0", "1e2", "12345678901234567.123456789"], texts);
        Assert.Equal([40.0000000001m, 1.0m, 100m, 12345678901234567.123456789m], values);
    }

    [Theory]
    [BufferSizes]
    public void ReportsTheFieldAndTokenFoundWhenATypeIsWrong(int bufferSize)
    {
        // Arrange
        using JsonTokenStream tokens = Open("""{"codes": ["26", 59]}""", bufferSize);
        tokens.ReadStartObject();
        tokens.NextProperty(out _);
        tokens.Read();
        tokens.NextElement();
        tokens.NextElement();

        // Act
        IngestionException error = Assert.Throws<IngestionException>(() => tokens.Expect(JsonTokenType.String, "a string"));

        // Assert
        Assert.Equal("tokens.json", error.Source);
        Assert.Equal("byte 17, $.codes[1]", error.Location);
        Assert.Equal("expected a string for codes[1] but found Number", error.Problem);
    }
}
