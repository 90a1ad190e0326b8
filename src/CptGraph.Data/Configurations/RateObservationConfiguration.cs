using CptGraph.Domain.Codes;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class RateObservationConfiguration : IEntityTypeConfiguration<RateObservation>
{
    public void Configure(EntityTypeBuilder<RateObservation> builder)
    {
        // The deduplication rule lives in the database: one row per contract, whichever file repeats it.
        builder.HasIndex(o => new { o.PayerId, o.CodeId, o.ModifierKey, o.BillingClass, o.ProviderKey, o.Amount })
            .IsUnique();
        builder.HasIndex(o => o.IngestRunId);
        builder.Property(o => o.ModifierKey).HasMaxLength(64);
        builder.Property(o => o.ProviderKey).HasMaxLength(64);
        builder.Property(o => o.NegotiatedType).HasMaxLength(32);
        builder.HasOne<Payer>().WithMany().HasForeignKey(o => o.PayerId);
        builder.HasOne<Code>().WithMany().HasForeignKey(o => o.CodeId);
        builder.HasOne<IngestRun>().WithMany().HasForeignKey(o => o.IngestRunId);
    }
}
