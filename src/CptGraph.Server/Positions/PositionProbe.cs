namespace CptGraph.Server.Positions;

/// <summary>
/// One amount to rank against one served distribution: the observation slices (payer, vintage month) that distribution
/// summarises — one for a payer, each BUCA payer's pooled month for the aggregate — and the rest of its key.
/// </summary>
public sealed record PositionProbe(int Id, int CodeId, string ModifierKey, decimal Amount, IReadOnlyList<(int PayerId, string VintageMonth)> Slices);
