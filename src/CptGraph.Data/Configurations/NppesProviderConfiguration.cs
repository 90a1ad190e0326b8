using CptGraph.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class NppesProviderConfiguration : IEntityTypeConfiguration<NppesProvider>
{
    public void Configure(EntityTypeBuilder<NppesProvider> builder)
    {
        builder.HasKey(p => p.Npi);
        builder.Ignore(p => p.DisplayName);
        builder.Property(p => p.Npi).HasMaxLength(10);
        builder.Property(p => p.OrganizationName).HasMaxLength(128);
        builder.Property(p => p.LastName).HasMaxLength(64);
        builder.Property(p => p.FirstName).HasMaxLength(64);
        builder.Property(p => p.PracticeState).HasMaxLength(40);
        builder.Property(p => p.PracticePostalCode).HasMaxLength(10);
        builder.Property(p => p.PrimaryTaxonomy).HasMaxLength(10);
        builder.HasIndex(p => p.PracticeState);
        builder.HasIndex(p => p.PrimaryTaxonomy);
    }
}
