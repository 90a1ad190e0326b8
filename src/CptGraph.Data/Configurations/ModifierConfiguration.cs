using CptGraph.Domain.Codes;
using CptGraph.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class ModifierConfiguration : IEntityTypeConfiguration<Modifier>
{
    public void Configure(EntityTypeBuilder<Modifier> builder)
    {
        builder.HasIndex(m => m.Value).IsUnique();
        builder.Property(m => m.Value).HasMaxLength(8);
        builder.HasOne<IngestRun>().WithMany().HasForeignKey(x => x.IngestRunId);
    }
}
