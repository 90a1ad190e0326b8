using CptGraph.Domain.Codes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class CodeRelationConfiguration : IEntityTypeConfiguration<CodeRelation>
{
    public void Configure(EntityTypeBuilder<CodeRelation> builder)
    {
        builder.HasKey(r => new { r.CodeId, r.RelatedCodeId });
        builder.HasOne(r => r.RelatedCode).WithMany().HasForeignKey(r => r.RelatedCodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
