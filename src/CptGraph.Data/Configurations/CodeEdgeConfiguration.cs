using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class CodeEdgeConfiguration : IEntityTypeConfiguration<CodeEdge>
{
    public void Configure(EntityTypeBuilder<CodeEdge> builder)
    {
        // One edge per pair, table and effective date: a re-import (or a later quarter) updates the deletion date and note
        // in place, while a pair deleted and re-added later keeps both of its periods.
        builder.HasIndex(e => new { e.Kind, e.CodeId, e.RelatedCodeValue, e.EffectiveOn }).IsUnique();
        // Reverse edges (a primary's add-on codes, a column 2 code's column 1 codes) are read by this index.
        builder.HasIndex(e => new { e.Kind, e.RelatedCodeId });
        builder.Property(e => e.RelatedCodeValue).HasMaxLength(16);
        builder.Property(e => e.ModifierIndicator).HasMaxLength(1);
        builder.HasOne(e => e.Code).WithMany(c => c.Edges).HasForeignKey(e => e.CodeId);
        builder.HasOne(e => e.RelatedCode).WithMany().HasForeignKey(e => e.RelatedCodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IngestRun>().WithMany().HasForeignKey(e => e.IngestRunId);
    }
}
