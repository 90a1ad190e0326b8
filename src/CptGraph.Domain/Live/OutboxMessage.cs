namespace CptGraph.Domain.Live;

/// <summary>
/// An event written in the same transaction as the data it announces (the transactional outbox): it becomes
/// visible exactly when that data commits and never when it rolls back. Subscribers read the table in
/// <see cref="Id"/> order; the id is also the event id a reconnecting client resumes after.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>One of <see cref="OutboxTopics"/>.</summary>
    public required string Topic { get; set; }

    /// <summary>The event as JSON (<see cref="OutboxJson"/>).</summary>
    public required string Payload { get; set; }

    public int? IngestRunId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
