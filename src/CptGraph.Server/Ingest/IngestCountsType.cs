using CptGraph.Domain.Ingestion;
using GraphQL.Types;

namespace CptGraph.Server.Ingest;

public sealed class IngestCountsType : ObjectGraphType<IngestCounts>
{
    public IngestCountsType()
    {
        Name = "IngestCounts";
        Description = "How many rate entries each normalisation rule kept or set aside (one per price and provider TIN; Medicare: per locality).";
        Field(c => c.Kept).Description("New observations stored.");
        Field(c => c.Duplicate).Description("Observations already stored (same payer, code, modifiers, billing class, provider and amount).");
        Field(c => c.Expired).Description("Prices whose expiration_date is before the file's last_updated_on.");
        Field(c => c.Zero).Description("Dollar prices of zero or less.");
        Field(c => c.Percentage).Description("Percentage prices, kept apart from dollar distributions.");
        Field(c => c.PerDiem).Description("Per-diem prices, kept apart from dollar distributions.");
        Field(c => c.NonFfs).Description("Prices of bundle and capitation items (recorded, never in fee distributions).");
        Field(c => c.OtherCodeType).Description("Prices for billing code types other than CPT and HCPCS.");
        Field(c => c.UnresolvedProvider).Description("Prices whose provider group could not be resolved (unknown or remote reference).");
        Field(c => c.Modifier).Description("Kept observations that carry billing code modifiers (served by the modifiers argument).");
        Field(c => c.NonProfessional).Description("Kept observations billed as institutional only (served by billingClass: INSTITUTIONAL).");
    }
}
