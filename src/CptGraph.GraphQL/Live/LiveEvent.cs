namespace CptGraph.GraphQL.Live;

/// <summary>One committed outbox event: its id (what a client resumes after), topic and JSON payload.</summary>
public sealed record LiveEvent(long Id, string Topic, string Payload);
