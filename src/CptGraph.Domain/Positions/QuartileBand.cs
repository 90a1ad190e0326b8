namespace CptGraph.Domain.Positions;

/// <summary>
/// Which quarter of a distribution an amount falls in, by the distribution's served quartiles, half-open upwards:
/// below P25, from P25 to below the median, from the median to below P75, P75 and above.
/// </summary>
public enum QuartileBand
{
    First,
    Second,
    Third,
    Fourth,
}
