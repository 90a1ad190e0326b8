using CptGraph.Domain.Payers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class PayerAliasConfiguration : IEntityTypeConfiguration<PayerAlias>
{
    public void Configure(EntityTypeBuilder<PayerAlias> builder)
    {
        builder.HasIndex(a => a.Alias).IsUnique();
        builder.Property(a => a.Alias).HasMaxLength(300);
    }
}
