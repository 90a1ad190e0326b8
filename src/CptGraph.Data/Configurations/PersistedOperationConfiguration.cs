using CptGraph.Data.PersistedOperations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class PersistedOperationConfiguration : IEntityTypeConfiguration<PersistedOperation>
{
    public void Configure(EntityTypeBuilder<PersistedOperation> builder)
    {
        builder.ToTable("PersistedOperations");
        builder.HasKey(o => o.Hash);
        builder.Property(o => o.Hash).HasMaxLength(64);
        // The trim walks the registrations newest first.
        builder.HasIndex(o => o.CreatedAt);
    }
}
