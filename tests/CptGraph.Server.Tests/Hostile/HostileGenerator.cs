using System.Text;

namespace CptGraph.Server.Tests.Hostile;

/// <summary>
/// A seeded generator of hostile GraphQL requests: fragment cycles (named and through inline fragments), deep nesting,
/// wide aliases, fragment bombs, huge lists and strings, invalid encodings, duplicate keys and bad variable types.
/// The same seed gives the same cases, so a failure is reproducible from its index.
/// </summary>
internal sealed class HostileGenerator(int seed)
{
    private readonly Random random = new(seed);

    /// <summary>One raw POST body (bytes, as they go on the wire).</summary>
    public byte[] Next()
    {
        var kind = random.Next(12);
        return kind switch
        {
            0 => Body($"{{ code(code:\"96375\") {{ ...F0 }} }} {Cycle(random.Next(1, 6))}"),
            1 => Body("{ " + string.Concat(Enumerable.Repeat("code(code:\"96375\") { relatedCodes { code { ", random.Next(1, 80))) + "code" + new string('}', 0) + Closing()),
            2 => Body("{ " + string.Join(' ', Enumerable.Range(0, random.Next(20, 400)).Select(i => $"a{i}: __typename")) + " }"),
            3 => Body("{ code(code:\"96375\") { ...B0 } } " + Bomb(random.Next(3, 9), random.Next(2, 12))),
            4 => Json("query($o: [CodeSortInput!]) { codes(order: $o) { nodes { code } } }", $"{{\"o\":[{string.Join(',', Enumerable.Repeat("{\"code\":\"ASC\"}", random.Next(0, 5000)))}]}}"),
            5 => Json("query($w: CodeFilterInput) { codes(where: $w) { nodes { code } } }", $"{{\"w\":{NestedFilter(random.Next(1, 40))}}}"),
            6 => Json("query($t: String!) { searchCodes(text: $t) { nodes { code } } }", $"{{\"t\":\"{new string('x', random.Next(0, 400_000))}\"}}"),
            7 => Flip(Body("{ code(code:\"96375\") { code description } }")),
            8 => Encoding.UTF8.GetBytes("{\"query\":\"query($c: String!) { code(code: $c) { code } }\",\"variables\":{\"c\":\"1\",\"c\":2}}"),
            9 => Json("query($n: Int) { codes(first: $n) { nodes { code } } }", random.Next(3) switch { 0 => "{\"n\":\"abc\"}", 1 => "{\"n\":1e400}", _ => "{\"n\":-5}" }),
            10 => Truncate(Body("{ code(code:\"96375\") { code taxonomies { code } } }")),
            _ => Body("{ " + new string('{', random.Next(30, 300)) + new string('}', random.Next(0, 300)) + " }"),
        };
    }

    private string Closing() => new('}', random.Next(1, 200));

    private static string Cycle(int length) => string.Join(' ', Enumerable.Range(0, length).Select(i =>
        i % 2 == 0
            ? $"fragment F{i} on Code {{ code relatedCodes {{ code {{ ...F{(i + 1) % length} }} }} }}"
            : $"fragment F{i} on Code {{ ... on Code {{ ...F{(i + 1) % length} }} }}"));

    private static string Bomb(int levels, int width) => string.Join(' ', Enumerable.Range(0, levels).Select(i => i == levels - 1
        ? $"fragment B{i} on Code {{ code }}"
        : $"fragment B{i} on Code {{ {string.Join(' ', Enumerable.Repeat($"...B{i + 1}", width))} }}"));

    private string NestedFilter(int depth)
    {
        var filter = "{\"code\":{\"eq\":\"96375\"}}";
        for (var level = 0; level < depth; level++)
        {
            filter = $"{{\"{(random.Next(2) == 0 ? "and" : "or")}\":[{string.Join(',', Enumerable.Repeat(filter, random.Next(1, 3)))}]}}";
            if (filter.Length > 2_000_000)
            {
                break;
            }
        }

        return filter;
    }

    private byte[] Flip(byte[] body)
    {
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            body[random.Next(body.Length)] = (byte)random.Next(256);
        }

        return body;
    }

    private byte[] Truncate(byte[] body) => body[..random.Next(body.Length)];

    private static byte[] Body(string query) => Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query }));

    private static byte[] Json(string query, string variables) =>
        Encoding.UTF8.GetBytes($"{{\"query\":{System.Text.Json.JsonSerializer.Serialize(query)},\"variables\":{variables}}}");
}
