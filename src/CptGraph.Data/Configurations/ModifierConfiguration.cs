using CptGraph.Domain.Codes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class ModifierConfiguration : IEntityTypeConfiguration<Modifier>
{
    public void Configure(EntityTypeBuilder<Modifier> builder)
    {
        builder.HasIndex(m => m.Value).IsUnique();
        builder.Property(m => m.Value).HasMaxLength(8);
        // No foreign key: SQLite adds one only by rebuilding the table, which would break the search triggers on it.
        builder.HasIndex(x => x.IngestRunId);
    }
}
