using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class PlaceOfServiceConfiguration : IEntityTypeConfiguration<PlaceOfService>
{
    public void Configure(EntityTypeBuilder<PlaceOfService> builder)
    {
        builder.ToTable("PlacesOfService");
        builder.HasIndex(p => p.Value).IsUnique();
        builder.Property(p => p.Value).HasMaxLength(4);
        builder.HasOne<IngestRun>().WithMany().HasForeignKey(p => p.IngestRunId);
    }
}
