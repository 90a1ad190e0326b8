namespace CptGraph.Data.Live;

/// <summary>
/// How a PostgreSQL ingest announces its outbox rows to every replica, and why their ids can be trusted in order.
/// The writer takes <see cref="WriterLockSql"/> when its transaction begins, so one ingest writes at a time (as SQLite's
/// single writer does): outbox ids are then handed out in commit order, and a tail that reads "ids after the last one
/// seen" never skips a row of a transaction still in flight. Before committing it runs <see cref="NotifySql"/>;
/// PostgreSQL delivers the notification only when (and if) the transaction commits, to every connection that ran
/// <see cref="ListenSql"/>.
/// </summary>
public static class PostgresOutboxSignal
{
    /// <summary>The notification channel every replica listens on.</summary>
    public const string Channel = "cptgraph_outbox";

    /// <summary>Transaction-scoped: released by the commit or rollback (or when the writer's connection dies).</summary>
    public const string WriterLockSql = "SELECT pg_advisory_xact_lock(7212400001)";

    public const string NotifySql = "SELECT pg_notify('" + Channel + "', '')";

    public const string ListenSql = "LISTEN " + Channel;
}
