using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Payers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class IngestRunConfiguration : IEntityTypeConfiguration<IngestRun>
{
    public void Configure(EntityTypeBuilder<IngestRun> builder)
    {
        builder.HasIndex(r => r.Sha256);
        builder.HasIndex(r => r.Source);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.HasOne<Payer>().WithMany().HasForeignKey(r => r.PayerId);
        builder.OwnsOne(r => r.Counts);
        builder.OwnsMany(r => r.Plans, plans =>
        {
            // A key of its own: SQLite generates values only for a single-column integer key, not (IngestRunId, Id).
            plans.ToTable("IngestRunPlans");
            plans.WithOwner().HasForeignKey("IngestRunId");
            plans.Property<int>("Id");
            plans.HasKey("Id");
        });
    }
}
