using CptGraph.Domain.Rates;
using CptGraph.Ingestion.Medicare;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Schema;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Codes;

/// <summary>
/// A fee row's amounts in every locality of its year, priced with the same <see cref="MedicarePricing"/> the ingest stores
/// rates with; the year's GPCIs are loaded once per request.
/// </summary>
public static class MedicareLocalityLoader
{
    public static IDataLoaderResult<IReadOnlyList<MedicareLocalityAmount>> Load(IServiceProvider services, MedicareFee fee, string? locality, string? state)
    {
        var row = StoredFeePricing.ToRow(fee);
        return ForYear(services, fee.Year).Then(localities => (IReadOnlyList<MedicareLocalityAmount>)
        [
            .. localities.Where(l => locality is null || $"{l.Mac}-{l.LocalityNumber}" == locality || l.State == locality)
                .Where(l => state is null || l.State == state)
                .Select(l =>
                {
                    var gpci = StoredFeePricing.ToGpci(l);
                    return new MedicareLocalityAmount(l, MedicarePricing.NonFacilityAmount(row, gpci), MedicarePricing.FacilityAmount(row, gpci));
                }),
        ]);
    }

    /// <summary>The year's localities by MAC and locality number (empty for a year without GPCIs), one statement per year and request.</summary>
    public static IDataLoaderResult<IReadOnlyList<MedicareLocality>> ForYear(IServiceProvider services, int year) =>
        services.GetRequiredService<RequestDataLoaders>().Get<int, IReadOnlyList<MedicareLocality>>(nameof(MedicareLocalityLoader), async (years, cancellationToken) =>
        {
            await using var lease = await services.LeaseDbAsync(cancellationToken);
            var db = lease.Db;
            var rows = await db.MedicareLocalities.AsNoTracking().Where(l => years.Contains(l.Year)).OrderBy(l => l.Mac).ThenBy(l => l.LocalityNumber).ToListAsync(cancellationToken);
            return rows.GroupBy(l => l.Year).ToDictionary(g => g.Key, g => (IReadOnlyList<MedicareLocality>)g.ToList());
        }, []).Load(year);
}
