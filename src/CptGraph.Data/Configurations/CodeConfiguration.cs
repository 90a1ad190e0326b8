using CptGraph.Domain.Codes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class CodeConfiguration : IEntityTypeConfiguration<Code>
{
    public void Configure(EntityTypeBuilder<Code> builder)
    {
        builder.HasIndex(c => c.Value).IsUnique();
        builder.Property(c => c.Value).HasMaxLength(16);
        builder.HasMany(c => c.RelatedCodes).WithOne(r => r.Code).HasForeignKey(r => r.CodeId);
        // No foreign key: SQLite adds one only by rebuilding the table, which would break the search triggers on it.
        builder.HasIndex(x => x.IngestRunId);
    }
}
