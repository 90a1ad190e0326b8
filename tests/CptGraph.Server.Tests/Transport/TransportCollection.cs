using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Transport;

/// <summary>One server (one seeded database) for all transport tests.</summary>
[CollectionDefinition(Name)]
public sealed class TransportCollection : ICollectionFixture<CptGraphServerFactory>
{
    public const string Name = "Transport";
}
