namespace CptGraph.GraphQL.Querying;

/// <summary>
/// Marks the reads of a live event's delivery: they go to the primary, never to a read copy
/// (<see cref="ReadDbContextFactory{TDb}"/>). The event was announced by the primary's commit; a standby that has not
/// replayed it yet would serve the rows from before the event the client is being told about.
/// </summary>
public static class PrimaryReads
{
    private static readonly AsyncLocal<bool> Active = new();

    public static bool IsActive => Active.Value;

    /// <summary>From here on, in this async flow and what it starts (GraphQL.NET executes each event from it).</summary>
    public static void Begin() => Active.Value = true;
}
