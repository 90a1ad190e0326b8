using CptGraph.Domain.Codes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class DiagnosisConfiguration : IEntityTypeConfiguration<Diagnosis>
{
    public void Configure(EntityTypeBuilder<Diagnosis> builder)
    {
        builder.HasIndex(d => d.Value).IsUnique();
        builder.Property(d => d.Value).HasMaxLength(16);
        // No foreign key: SQLite adds one only by rebuilding the table, which would break the search triggers on it.
        builder.HasIndex(x => x.IngestRunId);
    }
}
