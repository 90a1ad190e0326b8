using CptGraph.Data;
using CptGraph.Domain.Codes;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Content;

/// <summary>
/// Loads a reference-content file. Each code in the file is replaced whole (its fields and links), in one
/// transaction, and every fact records the file and content version it came from.
/// </summary>
public sealed class ContentImporter(IDbContextFactory<CptGraphDbContext> factory)
{
    public const int SupportedFormatVersion = 1;

    /// <summary>Imports <paramref name="path"/>; returns the number of codes it described.</summary>
    public async Task<int> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var document = await ContentJson.ReadAsync<ContentDocument>(path, cancellationToken);
        if (document.FormatVersion != SupportedFormatVersion)
        {
            throw new IngestionException(path, "$.formatVersion", $"unsupported content format version {document.FormatVersion} (expected {SupportedFormatVersion})");
        }

        var source = $"{Path.GetFileName(path)}@{document.ContentVersion}";
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lookup = new ReferenceLookup(db);
        foreach (var content in document.Codes)
        {
            var code = await lookup.CodeAsync(content.Code, cancellationToken);
            Apply(code, content, source);
            await ReplaceLinksAsync(db, code, cancellationToken);
            foreach (var modifier in content.Modifiers ?? [])
            {
                var entity = await lookup.ModifierAsync(modifier.Code, modifier.Name, cancellationToken);
                db.CodeModifiers.Add(new CodeModifier { Code = code, Modifier = entity, Usage = modifier.Usage, Source = source });
            }

            foreach (var taxonomy in content.Taxonomies ?? [])
            {
                var entity = await lookup.TaxonomyAsync(taxonomy.Code, taxonomy.Specialty, cancellationToken);
                db.CodeTaxonomies.Add(new CodeTaxonomy { Code = code, Taxonomy = entity, Source = source });
            }

            foreach (var diagnosis in content.Diagnoses ?? [])
            {
                var entity = await lookup.DiagnosisAsync(diagnosis.Code, diagnosis.Description, cancellationToken);
                db.CodeDiagnoses.Add(new CodeDiagnosis { Code = code, Diagnosis = entity, Relevance = diagnosis.Relevance, Source = source });
            }

            foreach (var related in content.RelatedCodes ?? [])
            {
                var entity = await lookup.CodeAsync(related.Code, cancellationToken);
                entity.CodeType = related.CodeType ?? entity.CodeType;
                if (related.Description is not null && entity.ContentSource is null)
                {
                    entity.Description = related.Description;
                    entity.ContentSource = source;
                }

                db.CodeRelations.Add(new CodeRelation { Code = code, RelatedCode = entity, Relationship = related.Relationship, Source = source });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return document.Codes.Count;
    }

    private static void Apply(Code code, ContentCode content, string source)
    {
        code.CodeType = content.CodeType ?? code.CodeType;
        code.Description = content.Description;
        code.Title = content.Title;
        code.Headline = content.Headline;
        code.Summary = content.Summary;
        code.Significance = content.Significance;
        code.Overview = content.Overview;
        code.ServiceType = content.ServiceType;
        code.SiteOfService = content.SiteOfService;
        code.ServiceLine = content.ServiceLine;
        code.ClinicalContext = content.ClinicalContext;
        code.UsageNotes = content.UsageNotes;
        code.ScopeNote = content.ScopeNote;
        code.ContentSource = source;
        if (content.DescriptorLicensed is { } licensed)
        {
            code.DescriptorLicensed = licensed;
        }
    }

    private static async Task ReplaceLinksAsync(CptGraphDbContext db, Code code, CancellationToken cancellationToken)
    {
        if (code.Id == 0)
        {
            return;
        }

        await db.CodeModifiers.Where(l => l.CodeId == code.Id).ExecuteDeleteAsync(cancellationToken);
        await db.CodeTaxonomies.Where(l => l.CodeId == code.Id).ExecuteDeleteAsync(cancellationToken);
        await db.CodeDiagnoses.Where(l => l.CodeId == code.Id).ExecuteDeleteAsync(cancellationToken);
        await db.CodeRelations.Where(l => l.CodeId == code.Id).ExecuteDeleteAsync(cancellationToken);
    }
}
