using CptGraph.Domain.Codes;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class MedicareFeeConfiguration : IEntityTypeConfiguration<MedicareFee>
{
    public void Configure(EntityTypeBuilder<MedicareFee> builder)
    {
        builder.HasIndex(f => new { f.CodeId, f.Modifier, f.Year }).IsUnique();
        builder.Property(f => f.Modifier).HasMaxLength(8);
        builder.HasOne<Code>().WithMany().HasForeignKey(f => f.CodeId);
        builder.HasOne<IngestRun>().WithMany().HasForeignKey(f => f.IngestRunId);
    }
}
