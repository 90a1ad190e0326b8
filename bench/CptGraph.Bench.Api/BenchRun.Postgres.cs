using System.Text;
using CptGraph.Data;
using CptGraph.Server.Cli;

namespace CptGraph.Bench.Api;

public sealed partial class BenchRun
{
    /// <summary>
    /// <c>--provider postgres</c>: the large SQLite database copied into PostgreSQL with the CLI's <c>migrate-store</c>
    /// (into the bench's own throwaway cluster, or the empty database of <c>--pg-connection</c>), then the server on it
    /// with one replica and with two (two processes on the one database, wrk's threads split between them). Each
    /// replica's answers must be the SQLite server's bytes exactly, else the run stops before measuring anything.
    /// </summary>
    private async Task MeasurePostgresAsync(
        string sqlitePath, IReadOnlyList<BenchQuery> queries, IReadOnlyDictionary<string, byte[]> sqliteAnswers,
        Dictionary<(string Endpoint, string Query), WrkResult> results, CancellationToken cancellationToken)
    {
        var cluster = options.PostgresConnection is null ? await ThrowawayPostgres.StartAsync(options.WorkDirectory, cancellationToken) : null;
        try
        {
            var connection = options.PostgresConnection ?? cluster!.ConnectionString;
            await MigrateStoreAsync(sqlitePath, connection, cancellationToken);

            await using var first = await ChildServer.StartGraphQLOnPostgresAsync(connection, queries[0], cancellationToken);
            await RequireSameAnswersAsync(first, "replica 1", queries, sqliteAnswers, cancellationToken);
            foreach (var query in queries)
            {
                results[(BenchReport.Postgres1, query.Name)] = await MeasureAsync([first], query, cancellationToken);
            }

            await using var second = await ChildServer.StartGraphQLOnPostgresAsync(connection, queries[0], cancellationToken);
            await RequireSameAnswersAsync(second, "replica 2", queries, sqliteAnswers, cancellationToken);
            foreach (var query in queries)
            {
                results[(BenchReport.Postgres2, query.Name)] = await MeasureAsync([first, second], query, cancellationToken);
            }
        }
        finally
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync();
            }
        }
    }

    private static async Task MigrateStoreAsync(string sqlitePath, string connection, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Copying {sqlitePath} into {DatabaseLocation.Describe(DatabaseProvider.Postgres, connection)} with migrate-store ...");
        var log = new StringWriter();
        var exit = await CliApp.RunAsync(["migrate-store", "--from", "sqlite:" + sqlitePath, "--to", connection], Console.Out, log, cancellationToken);
        if (exit != 0)
        {
            throw new InvalidOperationException($"migrate-store failed with exit code {exit} (--pg-connection must name an empty database):\n{log}");
        }
    }

    private static async Task RequireSameAnswersAsync(
        ChildServer server, string name, IReadOnlyList<BenchQuery> queries, IReadOnlyDictionary<string, byte[]> sqliteAnswers, CancellationToken cancellationToken)
    {
        foreach (var query in queries)
        {
            var expected = sqliteAnswers[query.Name];
            var actual = await server.PostForBytesAsync(query, cancellationToken);
            if (!expected.AsSpan().SequenceEqual(actual))
            {
                var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
                throw new InvalidOperationException(
                    $"{query.Name}: the PostgreSQL server ({name}) answers differently from the SQLite server at byte {at} of {expected.Length}:\n" +
                    $"  sqlite:   {Excerpt(expected, at)}\n  postgres: {Excerpt(actual, at)}");
            }

            Console.WriteLine($"{query.Name}: PostgreSQL {name} answers the SQLite server's bytes ({actual.Length} bytes); " +
                $"SQL statements of one request: {await StatementsOfOneRequestAsync(server, query, cancellationToken)}");
        }
    }

    private static string Excerpt(byte[] answer, int at) => Excerpt(Encoding.UTF8.GetString(answer), Encoding.UTF8.GetCharCount(answer, 0, Math.Min(at, answer.Length)));
}
