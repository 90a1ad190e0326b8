using CptGraph.Data;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// Adds many synthetic codes to a seeded test database, each linked like a real page: two diagnoses, two taxonomies, a
/// related code (96375) and a distribution per payer. Codes are <c>Y0001</c>, <c>Y0002</c>, ... (no HCPCS Level II code starts with Y, and the seed holds all of them); values are deterministic.
/// </summary>
public static class GeneratedCodes
{
    public const string Prefix = "Y";

    public static async Task AddAsync(IServiceProvider services, int count)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CptGraphDbContext>>().CreateDbContextAsync();
        // The factory's contexts do not track: link by id so the existing rows are not inserted again.
        var diagnoses = await db.Diagnoses.OrderBy(d => d.Value).Take(2).ToListAsync();
        var taxonomies = await db.Taxonomies.OrderBy(t => t.Value).Take(2).ToListAsync();
        var related = await db.Codes.SingleAsync(c => c.Value == "96375");
        var payers = await db.Payers.OrderBy(p => p.Name).ToListAsync();
        for (var i = 1; i <= count; i++)
        {
            var code = new Code { Value = $"{Prefix}{i:0000}", Description = $"Generated zyxtest service number {i}", Title = $"Generated {i}" };
            code.Diagnoses.AddRange(diagnoses.Select(d => new CodeDiagnosis { DiagnosisId = d.Id, Relevance = "generated", Source = "tests" }));
            code.Taxonomies.AddRange(taxonomies.Select(t => new CodeTaxonomy { TaxonomyId = t.Id, Source = "tests" }));
            code.RelatedCodes.Add(new CodeRelation { RelatedCodeId = related.Id, Relationship = "generated", Source = "tests" });
            code.Rates.AddRange(payers.Select((p, n) => Distribution(p.Id, 10m * i + n)));
            db.Codes.Add(code);
        }

        await db.SaveChangesAsync();
    }

    private static RateDistribution Distribution(int payerId, decimal centre) => new()
    {
        PayerId = payerId,
        BillingClass = BillingClass.Professional,
        Count = 10,
        Min = centre - 5, P10 = centre - 4, P25 = centre - 2, Median = centre, P75 = centre + 2, P90 = centre + 4, Max = centre + 5, Mean = centre,
    };
}
