namespace CptGraph.Data.PersistedOperations;

/// <summary>
/// A GraphQL document an automatic persisted query registered, shared by every replica on one database
/// (table <c>PersistedOperations</c>): a hash registered on one server runs on all of them.
/// </summary>
public sealed class PersistedOperation
{
    /// <summary>The lower-case hex SHA-256 of <see cref="Document"/>'s UTF-8 text.</summary>
    public required string Hash { get; set; }

    public required string Document { get; set; }

    /// <summary>The UTF-8 length of <see cref="Document"/>, kept so the store's total can be bounded without reading every text.</summary>
    public int Bytes { get; set; }

    /// <summary>When it was first registered; the earliest go first when the store is over its total.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
