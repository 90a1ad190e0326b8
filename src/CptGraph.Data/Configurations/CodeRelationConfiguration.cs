using CptGraph.Domain.Codes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class CodeRelationConfiguration : IEntityTypeConfiguration<CodeRelation>
{
    public void Configure(EntityTypeBuilder<CodeRelation> builder)
    {
        builder.HasKey(r => new { r.CodeId, r.RelatedCodeId });
        // Kind and Edit describe official edits served as related codes; content rows are all curated.
        builder.Ignore(r => r.Kind);
        builder.Ignore(r => r.Edit);
        builder.HasOne(r => r.RelatedCode).WithMany().HasForeignKey(r => r.RelatedCodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
