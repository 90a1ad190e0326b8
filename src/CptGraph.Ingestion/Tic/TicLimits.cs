namespace CptGraph.Ingestion.Tic;

/// <summary>
/// The longest values a TiC file may hold (docs/limits.md). Real files stay far below them; a file past one is
/// refused with the byte offset and JSON path of the value, before a huge string is ever decoded or stored.
/// </summary>
public static class TicLimits
{
    /// <summary>A billing code: CPT/HCPCS are 5 characters, NDCs 13 with dashes, custom codes a few more.</summary>
    public const int MaxBillingCodeBytes = 32;

    /// <summary>Names and plan fields (reporting_entity_name, plan_name, plan_id, ...).</summary>
    public const int MaxNameBytes = 4 * 1024;

    /// <summary>Any other string (descriptions, URLs, provider fields).</summary>
    public const int MaxStringBytes = 64 * 1024;

    /// <summary>Any single JSON token; the read buffer grows to hold one, so this bounds its memory too.</summary>
    public const int MaxTokenBytes = 1024 * 1024;
}
