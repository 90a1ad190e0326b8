using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class ArrangementRecordConfiguration : IEntityTypeConfiguration<ArrangementRecord>
{
    public void Configure(EntityTypeBuilder<ArrangementRecord> builder)
    {
        builder.HasIndex(r => new { r.PayerId, r.BillingCode });
        builder.HasOne<Payer>().WithMany().HasForeignKey(r => r.PayerId);
        builder.HasOne<IngestRun>().WithMany().HasForeignKey(r => r.IngestRunId);
    }
}
