using CptGraph.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class ProviderGroupNpiConfiguration : IEntityTypeConfiguration<ProviderGroupNpi>
{
    public void Configure(EntityTypeBuilder<ProviderGroupNpi> builder)
    {
        builder.HasKey(n => new { n.ProviderGroupId, n.Npi });

        // The cuts go from an NPPES state or taxonomy to the groups that list its NPIs.
        builder.HasIndex(n => n.Npi);
        builder.Property(n => n.Npi).HasMaxLength(10);
        builder.HasOne<ProviderGroup>().WithMany().HasForeignKey(n => n.ProviderGroupId);
    }
}
