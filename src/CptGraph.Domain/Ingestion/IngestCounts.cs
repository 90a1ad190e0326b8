namespace CptGraph.Domain.Ingestion;

/// <summary>How many rate entries each normalisation rule kept or set aside in one run.</summary>
public sealed class IngestCounts
{
    /// <summary>New observations stored.</summary>
    public long Kept { get; set; }
    /// <summary>Already stored (same payer, code, modifiers, billing class, provider, amount).</summary>
    public long Duplicate { get; set; }
    public long Expired { get; set; }
    /// <summary>Dollar rates of zero or less.</summary>
    public long Zero { get; set; }
    public long Percentage { get; set; }
    public long PerDiem { get; set; }
    /// <summary>Bundle and capitation items (recorded apart).</summary>
    public long NonFfs { get; set; }
    /// <summary>Billing code types other than CPT and HCPCS.</summary>
    public long OtherCodeType { get; set; }
    /// <summary>Rates whose provider group could not be resolved (e.g. a remote reference).</summary>
    public long UnresolvedProvider { get; set; }
    /// <summary>Kept observations that carry a billing code modifier.</summary>
    public long Modifier { get; set; }
    /// <summary>Kept observations billed as institutional only.</summary>
    public long NonProfessional { get; set; }
}
