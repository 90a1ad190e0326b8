using CptGraph.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class ProviderGroupConfiguration : IEntityTypeConfiguration<ProviderGroup>
{
    public void Configure(EntityTypeBuilder<ProviderGroup> builder)
    {
        // One row per (TIN, NPI set): the writer finds a group by this pair, and a repeat is ON CONFLICT DO NOTHING.
        // The hash, not the list, is indexed: a group can list thousands of NPIs, past PostgreSQL's B-tree row limit.
        builder.HasIndex(g => new { g.ProviderKey, g.NpiSetHash }).IsUnique();
        builder.Property(g => g.ProviderKey).HasMaxLength(64);
        builder.Property(g => g.NpiSetHash).HasMaxLength(32);
    }
}
