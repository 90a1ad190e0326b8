using System.Text;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Infrastructure.Postgres;
using CptGraph.Server.Tests.PersistedOperations;
using static CptGraph.Server.Tests.PersistedOperations.PersistedRequests;

namespace CptGraph.Server.Tests.Replicas;

/// <summary>
/// Automatic persisted queries on two real server processes sharing one PostgreSQL: a hash registered on replica A
/// runs on replica B (table <c>PersistedOperations</c>), within the shared store's per-document and total caps, and a
/// row that is not its hash's document is refused.
/// </summary>
public sealed class PersistedOperationsAcrossReplicasTests
{
    [PostgresFact]
    public async Task AHashRegisteredOnReplicaA_RunsAloneOnReplicaB()
    {
        // Arrange
        using var database = TestDatabase.PostgresSeeded();
        await using var replicaA = await ServerProcess.StartAsync(database);
        await using var replicaB = await ServerProcess.StartAsync(database);
        using var clientA = new HttpClient { BaseAddress = replicaA.BaseAddress };
        using var clientB = new HttpClient { BaseAddress = replicaB.BaseAddress };
        var query = UniqueQuery();
        var hash = Sha256(query);

        // Act
        var missOnB = await clientB.PostAsync(new { extensions = Apq(hash) });
        var registerOnA = await clientA.PostAsync(new { query, extensions = Apq(hash) });
        var hitOnB = await clientB.PostAsync(new { extensions = Apq(hash) });
        var byDocumentIdOnB = await clientB.PostAsync(new { documentId = hash });
        // A row written behind the servers' backs whose text is not its hash's document is never run.
        var forged = Sha256(UniqueQuery());
        database.Scalar($$"""
            INSERT INTO "PersistedOperations" ("Hash", "Document", "Bytes", "CreatedAt")
            VALUES ('{{forged}}', '{ __schema { types { name } } }', 31, now())
            """);
        var forgedOnB = await clientB.PostAsync(new { extensions = Apq(forged) });

        // Assert: unknown everywhere first; after A registered it, B answers the hash alone as A answered the query.
        Assert.Equal("HC0020", missOnB.FirstCode());
        Assert.Equal("96375", registerOnA.CodeValue());
        Assert.Equal(registerOnA.GetProperty("data").GetRawText(), hitOnB.GetProperty("data").GetRawText());
        Assert.Equal("96375", byDocumentIdOnB.CodeValue());
        Assert.Equal("HC0020", forgedOnB.FirstCode());
        Assert.Equal(query, database.Scalar($"""SELECT "Document" FROM "PersistedOperations" WHERE "Hash" = '{hash}'"""));
        Assert.Equal((long)Encoding.UTF8.GetByteCount(query), Convert.ToInt64(database.Scalar($"""SELECT "Bytes" FROM "PersistedOperations" WHERE "Hash" = '{hash}'""")));
    }

    [PostgresFact]
    public async Task TheSharedStore_KeepsTheNewestRegistrationsWithinItsTotal_AndNoDocumentOverItsLength()
    {
        // Arrange: room for two of the (equally long) unique queries; documents longer than 200 characters stay local.
        using var database = TestDatabase.PostgresSeeded();
        var queries = Enumerable.Range(0, 3).Select(_ => UniqueQuery()).ToList();
        var each = Encoding.UTF8.GetByteCount(queries[0]);
        var settings = new Dictionary<string, string>
        {
            ["GraphQL:PersistedOperations:MaxSharedBytes"] = (2 * each).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GraphQL:PersistedOperations:MaxSharedDocumentLength"] = "200",
        };
        await using var replicaA = await ServerProcess.StartAsync(database, settings);
        await using var replicaB = await ServerProcess.StartAsync(database, settings);
        using var clientA = new HttpClient { BaseAddress = replicaA.BaseAddress };
        using var clientB = new HttpClient { BaseAddress = replicaB.BaseAddress };
        var longQuery = UniqueQuery().Replace(" }", $" {new string(' ', 200)}}}", StringComparison.Ordinal);

        // Act: registered on A in order; then each asked for by its hash alone on B.
        foreach (var query in queries.Append(longQuery))
        {
            Assert.Equal("96375", (await clientA.PostAsync(new { query, extensions = Apq(Sha256(query)) })).CodeValue());
        }

        var onB = new List<string?>();
        foreach (var query in queries.Append(longQuery))
        {
            var answer = await clientB.PostAsync(new { extensions = Apq(Sha256(query)) });
            onB.Add(answer.TryGetProperty("data", out _) ? answer.CodeValue() : answer.FirstCode());
        }

        var longOnA = await clientA.PostAsync(new { extensions = Apq(Sha256(longQuery)) });

        // Assert: the earliest went when the third came; the long one was never shared, but A still runs it.
        Assert.True(longQuery.Length > 200);
        Assert.Equal(["HC0020", "96375", "96375", "HC0020"], onB);
        Assert.Equal(2L, Convert.ToInt64(database.Scalar("""SELECT count(*) FROM "PersistedOperations" """)));
        Assert.Equal(2L * each, Convert.ToInt64(database.Scalar("""SELECT sum("Bytes") FROM "PersistedOperations" """)));
        Assert.Equal("96375", longOnA.CodeValue());
    }
}
