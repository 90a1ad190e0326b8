using CptGraph.Domain.Codes;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Providers;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class RateObservationConfiguration : IEntityTypeConfiguration<RateObservation>
{
    public void Configure(EntityTypeBuilder<RateObservation> builder)
    {
        // The deduplication rule lives in the database: one row per contract and vintage month, whichever file
        // repeats it. PayerId and VintageMonth lead so a recompute or the ghost rule reads one payer vintage by prefix.
        builder.HasIndex(o => new { o.PayerId, o.VintageMonth, o.CodeId, o.ModifierKey, o.BillingClass, o.ProviderKey, o.Amount })
            .IsUnique();
        builder.HasIndex(o => o.IngestRunId);
        builder.Property(o => o.ModifierKey).HasMaxLength(64);
        builder.Property(o => o.ProviderKey).HasMaxLength(64);
        builder.Property(o => o.NegotiatedType).HasMaxLength(32);
        builder.Property(o => o.ServiceCodes).HasMaxLength(512);
        builder.HasIndex(o => o.ProviderGroupId);
        builder.HasOne<ProviderGroup>().WithMany().HasForeignKey(o => o.ProviderGroupId);
        builder.Property(o => o.VintageMonth).HasMaxLength(7);

        // A bitmask, so stored as its number (the enum-as-name convention would not combine flags).
        builder.Property(o => o.ScreeningFlags).HasConversion<int>();
        builder.HasOne<Payer>().WithMany().HasForeignKey(o => o.PayerId);
        builder.HasOne<Code>().WithMany().HasForeignKey(o => o.CodeId);
        builder.HasOne<IngestRun>().WithMany().HasForeignKey(o => o.IngestRunId);
    }
}
