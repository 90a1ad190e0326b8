using CptGraph.Domain.Codes;
using CptGraph.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class TaxonomyConfiguration : IEntityTypeConfiguration<Taxonomy>
{
    public void Configure(EntityTypeBuilder<Taxonomy> builder)
    {
        builder.HasIndex(t => t.Value).IsUnique();
        builder.Property(t => t.Value).HasMaxLength(16);
        builder.HasOne<IngestRun>().WithMany().HasForeignKey(x => x.IngestRunId);
    }
}
