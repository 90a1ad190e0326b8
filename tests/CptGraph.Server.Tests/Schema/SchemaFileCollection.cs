namespace CptGraph.Server.Tests.Schema;

/// <summary>Tests that read or rewrite schema/schema.graphql run one after another, never side by side.</summary>
[CollectionDefinition(Name)]
public sealed class SchemaFileCollection
{
    public const string Name = "schema/schema.graphql";
}
