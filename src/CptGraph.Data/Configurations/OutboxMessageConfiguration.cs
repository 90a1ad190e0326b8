using CptGraph.Domain.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        // No foreign key to IngestRuns: an event outlives nothing it points at, and pruning stays a plain DELETE.
        builder.Property(m => m.Topic).HasMaxLength(64);
    }
}
