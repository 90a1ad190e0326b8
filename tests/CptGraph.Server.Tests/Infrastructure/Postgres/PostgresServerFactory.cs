namespace CptGraph.Server.Tests.Infrastructure.Postgres;

/// <summary>The real server on a seeded database of its own on the throwaway PostgreSQL (a class fixture, like its base).</summary>
public sealed class PostgresServerFactory() : CptGraphServerFactory(TestDatabase.PostgresSeeded());
