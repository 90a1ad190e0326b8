using CptGraph.Domain.Codes;
using CptGraph.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class DiagnosisConfiguration : IEntityTypeConfiguration<Diagnosis>
{
    public void Configure(EntityTypeBuilder<Diagnosis> builder)
    {
        builder.HasIndex(d => d.Value).IsUnique();
        builder.Property(d => d.Value).HasMaxLength(16);
        builder.HasOne<IngestRun>().WithMany().HasForeignKey(x => x.IngestRunId);
    }
}
