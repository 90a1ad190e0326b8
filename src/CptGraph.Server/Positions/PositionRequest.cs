namespace CptGraph.Server.Positions;

/// <summary>An amount to place among a code's served distributions.</summary>
public sealed record PositionRequest(int CodeId, string Code, decimal Amount, string ModifierKey);
