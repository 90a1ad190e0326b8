namespace CptGraph.GraphQL.PersistedOperations;

/// <summary>
/// Where documents registered by automatic persisted queries are kept for every replica (a database table), behind
/// <see cref="PersistedOperationStore"/>'s bounded memory, so a hash registered on one server runs on all of them.
/// The application provides it; without one, registrations live in the process's memory only.
/// </summary>
public interface ISharedPersistedOperationStore
{
    /// <param name="hash">A normalized hash (<see cref="DocumentHash.Normalize"/>).</param>
    /// <returns>The document registered under <paramref name="hash"/>, or null.</returns>
    Task<string?> FindAsync(string hash, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps <paramref name="document"/> (whose SHA-256 is <paramref name="hash"/>, checked by the caller); a hash
    /// registered already stays as it is. Bounded by <see cref="PersistedOperationOptions.MaxSharedBytes"/>.
    /// </summary>
    Task SaveAsync(string hash, string document, CancellationToken cancellationToken);
}
