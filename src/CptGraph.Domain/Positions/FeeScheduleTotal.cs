using CptGraph.Domain.Payers;

namespace CptGraph.Domain.Positions;

/// <summary>A fee schedule valued against one payer's medians (a null payer: the BUCA aggregate), over the lines it prices.</summary>
/// <param name="ContractValue">Σ units × my rate over those lines.</param>
/// <param name="MedianValue">Σ units × the payer's median over those lines.</param>
/// <param name="Opportunity">Σ units × (median − my rate) over those lines where the median is higher.</param>
public sealed record FeeScheduleTotal(Payer? Payer, int Lines, decimal ContractValue, decimal MedianValue, decimal Opportunity);
