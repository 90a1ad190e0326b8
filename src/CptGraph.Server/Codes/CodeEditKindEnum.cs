using CptGraph.Domain.Reference;
using GraphQL.Types;

namespace CptGraph.Server.Codes;

public sealed class CodeEditKindEnum : EnumerationGraphType<CodeEdgeKind>
{
    public CodeEditKindEnum()
    {
        Name = "CodeEditKind";
        Description = "Which NCCI table an edit comes from.";
        foreach (var value in Values.ToList())
        {
            value.Description = (CodeEdgeKind)value.Value! switch
            {
                CodeEdgeKind.AddOnPrimary => "An add-on code edit: the add-on code and one of its primary codes.",
                _ => "A procedure-to-procedure edit: the column 1 and column 2 codes.",
            };
        }
    }

    // PtpColumn1 is PTP_COLUMN1, as NCCI names the column, not PTP_COLUMN_1.
    protected override string ChangeEnumCase(string val) => base.ChangeEnumCase(val).Replace("COLUMN_", "COLUMN", StringComparison.Ordinal);
}
