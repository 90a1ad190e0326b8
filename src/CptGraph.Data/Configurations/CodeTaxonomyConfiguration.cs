using CptGraph.Domain.Codes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class CodeTaxonomyConfiguration : IEntityTypeConfiguration<CodeTaxonomy>
{
    public void Configure(EntityTypeBuilder<CodeTaxonomy> builder)
    {
        builder.HasKey(l => new { l.CodeId, l.TaxonomyId });
        builder.HasOne(l => l.Code).WithMany(c => c.Taxonomies).HasForeignKey(l => l.CodeId);
        builder.HasOne(l => l.Taxonomy).WithMany(t => t.Codes).HasForeignKey(l => l.TaxonomyId);
    }
}
