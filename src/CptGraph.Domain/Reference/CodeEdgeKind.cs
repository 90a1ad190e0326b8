namespace CptGraph.Domain.Reference;

/// <summary>Which official table an edge between two codes comes from.</summary>
public enum CodeEdgeKind
{
    /// <summary>NCCI add-on code edit: the edge's code is an add-on code, the related code one of its primary codes.</summary>
    AddOnPrimary,

    /// <summary>NCCI procedure-to-procedure edit: the edge's code is column 1, the related code column 2.</summary>
    PtpColumn1,
}
