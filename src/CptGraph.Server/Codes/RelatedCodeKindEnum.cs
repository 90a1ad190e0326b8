using CptGraph.Domain.Codes;
using GraphQL.Types;

namespace CptGraph.Server.Codes;

public sealed class RelatedCodeKindEnum : EnumerationGraphType<RelatedCodeKind>
{
    public RelatedCodeKindEnum()
    {
        Name = "RelatedCodeKind";
        Description = "Where a related code comes from: curated content, or an official NCCI edit and its direction.";
        foreach (var value in Values.ToList())
        {
            value.Description = (RelatedCodeKind)value.Value! switch
            {
                RelatedCodeKind.Curated => "From a curated content file.",
                RelatedCodeKind.AddOnPrimary => "NCCI add-on edit: the related code is a primary code of this add-on code.",
                RelatedCodeKind.AddOnCode => "NCCI add-on edit: the related code is an add-on code of this primary code.",
                RelatedCodeKind.PtpColumn1 => "NCCI PTP edit: this code is column 1, the related code column 2.",
                _ => "NCCI PTP edit: this code is column 2, the related code column 1.",
            };
        }
    }

    // PtpColumn1 is PTP_COLUMN1, as NCCI names the column, not PTP_COLUMN_1.
    protected override string ChangeEnumCase(string val) => base.ChangeEnumCase(val).Replace("COLUMN_", "COLUMN", StringComparison.Ordinal);
}
