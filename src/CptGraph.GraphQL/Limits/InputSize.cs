namespace CptGraph.GraphQL.Limits;

/// <summary>How large one capped argument of one field is, against its cap and the code it is refused with.</summary>
internal sealed record InputSize(string Argument, InputCap Cap, int Detected, int Allowed, string Code)
{
    public bool Exceeded => Detected > Allowed;
}
