namespace CptGraph.Server.Tests.Health;

/// <summary>
/// <c>cptgraph.db.commands</c> is one process-wide meter that every in-process test server feeds: the tests reading exact
/// deltas of it run alone, after the parallel collections, so no other class's queries land between two scrapes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DbCommandMetricsCollection
{
    public const string Name = "cptgraph.db.commands";
}
