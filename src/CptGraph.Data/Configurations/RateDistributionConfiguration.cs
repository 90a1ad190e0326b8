using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class RateDistributionConfiguration : IEntityTypeConfiguration<RateDistribution>
{
    public void Configure(EntityTypeBuilder<RateDistribution> builder)
    {
        builder.HasIndex(d => new { d.CodeId, d.BillingClass, d.ModifierKey, d.PayerId, d.VintageMonth, d.Screened }).IsUnique();
        builder.Property(d => d.ModifierKey).HasMaxLength(64);
        builder.Property(d => d.VintageMonth).HasMaxLength(7);
        builder.OwnsOne(d => d.Screening);
        builder.HasOne(d => d.Payer).WithMany().HasForeignKey(d => d.PayerId);
        builder.HasOne(d => d.Code).WithMany(c => c.Rates).HasForeignKey(d => d.CodeId);
    }
}
