namespace CptGraph.Server.Positions;

/// <summary>One line of <c>benchmarkFeeSchedule(lines:)</c> as the client sends it.</summary>
public sealed class FeeScheduleLineInput
{
    public string Code { get; set; } = "";
    public decimal Amount { get; set; }
    public int Units { get; set; } = 1;
    public List<string>? Modifiers { get; set; }
}
