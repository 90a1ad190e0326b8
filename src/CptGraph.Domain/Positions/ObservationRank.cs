namespace CptGraph.Domain.Positions;

/// <summary>
/// How an amount compares with the observations of one distribution: how many are below it, how many equal it (within
/// <see cref="RatePositions.TieTolerance"/>) and how many there are.
/// </summary>
public readonly record struct ObservationRank(long Below, long Equal, long Count);
