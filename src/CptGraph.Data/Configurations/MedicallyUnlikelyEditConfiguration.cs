using CptGraph.Domain.Codes;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class MedicallyUnlikelyEditConfiguration : IEntityTypeConfiguration<MedicallyUnlikelyEdit>
{
    public void Configure(EntityTypeBuilder<MedicallyUnlikelyEdit> builder)
    {
        builder.ToTable("MedicallyUnlikelyEdits");
        builder.HasIndex(m => m.CodeId).IsUnique();
        builder.HasOne<Code>().WithMany().HasForeignKey(m => m.CodeId);
        builder.HasOne<IngestRun>().WithMany().HasForeignKey(m => m.IngestRunId);
    }
}
