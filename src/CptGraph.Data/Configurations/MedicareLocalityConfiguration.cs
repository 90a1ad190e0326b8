using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class MedicareLocalityConfiguration : IEntityTypeConfiguration<MedicareLocality>
{
    public void Configure(EntityTypeBuilder<MedicareLocality> builder)
    {
        builder.ToTable("MedicareLocalities");
        builder.HasIndex(l => new { l.Year, l.Mac, l.LocalityNumber }).IsUnique();
        builder.Property(l => l.Mac).HasMaxLength(8);
        builder.Property(l => l.LocalityNumber).HasMaxLength(4);
        builder.HasOne<IngestRun>().WithMany().HasForeignKey(l => l.IngestRunId);
    }
}
