using CptGraph.Domain.Codes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class CodeModifierConfiguration : IEntityTypeConfiguration<CodeModifier>
{
    public void Configure(EntityTypeBuilder<CodeModifier> builder)
    {
        builder.HasKey(l => new { l.CodeId, l.ModifierId });
        builder.HasOne(l => l.Code).WithMany(c => c.Modifiers).HasForeignKey(l => l.CodeId);
        builder.HasOne(l => l.Modifier).WithMany(m => m.Codes).HasForeignKey(l => l.ModifierId);
    }
}
