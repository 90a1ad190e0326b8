using CptGraph.Domain.Codes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class TaxonomyConfiguration : IEntityTypeConfiguration<Taxonomy>
{
    public void Configure(EntityTypeBuilder<Taxonomy> builder)
    {
        builder.HasIndex(t => t.Value).IsUnique();
        builder.Property(t => t.Value).HasMaxLength(16);
        // No foreign key: SQLite adds one only by rebuilding the table, which would break the search triggers on it.
        builder.HasIndex(x => x.IngestRunId);
    }
}
