using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Live;

/// <summary>
/// One server for the protocol tests, which never change its data: a short init timeout so 4408 comes quickly,
/// and an API key so 4403 can be checked.
/// </summary>
public sealed class ProtocolServer : IAsyncLifetime
{
    public const string ApiKey = "live-key";

    public CptGraphServerFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        Factory.Settings["Live:ConnectionInitTimeout"] = "00:00:00.300";
        Factory.Settings["Live:ApiKeys:0"] = ApiKey;
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
