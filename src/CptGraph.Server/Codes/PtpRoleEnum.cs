using GraphQL.Types;

namespace CptGraph.Server.Codes;

/// <summary>Which side of a PTP pair the code is on.</summary>
public sealed class PtpRoleEnum : EnumerationGraphType
{
    public const string Column1 = "COLUMN1";
    public const string Column2 = "COLUMN2";

    public PtpRoleEnum()
    {
        Name = "PtpRole";
        Description = "Which side of an NCCI procedure-to-procedure pair the code is on.";
        Add(Column1, Column1, "The code is the column 1 code: the edits list the column 2 codes not paid with it.");
        Add(Column2, Column2, "The code is the column 2 code: the edits list the column 1 codes it is not paid with.");
    }
}
