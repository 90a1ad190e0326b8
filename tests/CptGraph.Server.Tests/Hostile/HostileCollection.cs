using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Hostile;

/// <summary>One server for the hostile-input tests: each test also checks that it is still alive and answering.</summary>
[CollectionDefinition(Name)]
public sealed class HostileCollection : ICollectionFixture<CptGraphServerFactory>
{
    public const string Name = "Hostile";
}
