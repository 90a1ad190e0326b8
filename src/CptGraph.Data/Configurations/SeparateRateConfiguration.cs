using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class SeparateRateConfiguration : IEntityTypeConfiguration<SeparateRate>
{
    public void Configure(EntityTypeBuilder<SeparateRate> builder)
    {
        builder.HasIndex(r => new { r.PayerId, r.BillingCode, r.Kind });
        builder.HasOne<Payer>().WithMany().HasForeignKey(r => r.PayerId);
        builder.HasOne<IngestRun>().WithMany().HasForeignKey(r => r.IngestRunId);
    }
}
