using GraphQL;

namespace CptGraph.Server.Codes;

/// <summary>Reads <c>medicareFees.localities(state:)</c>: a two-letter state or territory code, upper-cased.</summary>
public static class StateArgument
{
    /// <summary>The error code of a state that is not two letters.</summary>
    public const string InvalidStateCode = "INVALID_STATE";

    public static string? Read(IResolveFieldContext context)
    {
        var state = context.GetArgument<string?>("state");
        if (state is null)
        {
            return null;
        }

        return state.Length == 2 && state.All(char.IsAsciiLetter)
            ? state.ToUpperInvariant()
            : throw new ExecutionError($"state must be a two-letter state or territory code (e.g. \"CA\"), not '{state}'.") { Code = InvalidStateCode };
    }
}
