namespace CptGraph.Server.Positions;

/// <summary>One row of <see cref="PositionCounter"/>'s statement (names as its columns).</summary>
public sealed class ProbeRankRow
{
    public int Probe { get; set; }
    public long Below { get; set; }
    public long Equal { get; set; }
    public long Count { get; set; }
}
