using CptGraph.Domain.Codes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CptGraph.Data.Configurations;

internal sealed class CodeDiagnosisConfiguration : IEntityTypeConfiguration<CodeDiagnosis>
{
    public void Configure(EntityTypeBuilder<CodeDiagnosis> builder)
    {
        builder.HasKey(l => new { l.CodeId, l.DiagnosisId });
        builder.HasOne(l => l.Code).WithMany(c => c.Diagnoses).HasForeignKey(l => l.CodeId);
        builder.HasOne(l => l.Diagnosis).WithMany(d => d.Codes).HasForeignKey(l => l.DiagnosisId);
    }
}
