namespace CptGraph.Domain.Positions;

/// <summary>One line of a fee schedule: a code at my rate, how many units, and where the rate sits.</summary>
/// <param name="Line">1-based, in the order given.</param>
/// <param name="Position">Null for a code the database does not know.</param>
public sealed record FeeScheduleLine(int Line, string Code, IReadOnlyList<string> Modifiers, decimal Amount, int Units, CodePosition? Position);
