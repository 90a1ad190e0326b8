namespace CptGraph.Domain.Codes;

/// <summary>Where a related-code edge comes from and which way it points.</summary>
public enum RelatedCodeKind
{
    /// <summary>From a curated content file.</summary>
    Curated,

    /// <summary>NCCI add-on edit: the related code is a primary code of this add-on code.</summary>
    AddOnPrimary,

    /// <summary>NCCI add-on edit: the related code is an add-on code of this primary code.</summary>
    AddOnCode,

    /// <summary>NCCI PTP edit: this code is column 1, the related code column 2.</summary>
    PtpColumn1,

    /// <summary>NCCI PTP edit: this code is column 2, the related code column 1.</summary>
    PtpColumn2,
}
