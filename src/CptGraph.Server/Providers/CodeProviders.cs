using CptGraph.Domain.Codes;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Providers;
using CptGraph.Domain.Rates;
using CptGraph.Domain.Statistics.Screening;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Rates;
using CptGraph.Server.Schema;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Providers;

/// <summary>
/// <c>code.providers(first:)</c>: the first TINs (by TIN key) that price the code in the payers' served vintages (the
/// selection's billing class, modifiers and screening, as <c>rates</c>), each named from NPPES: among the NPIs of the
/// TIN's provider groups, an organisation first, then an individual, the lowest NPI of each kind first (Serif Health's
/// resolution order). Three bounded queries: the page of TINs, their observations, their NPIs' NPPES rows.
/// </summary>
public static class CodeProviders
{
    /// <summary>The most TINs one request may list.</summary>
    public const int MaxFirst = 100;

    public static IDataLoaderResult<List<PricedProvider>> Load(IServiceProvider services, Code code, RateSelection selection, int first,
        CancellationToken cancellationToken) =>
        RateLists.All(services, code.Id, selection).Then(async served =>
        {
            var vintages = served.Where(d => d.Payer is { Kind: not PayerKind.Medicare }).Select(d => (d.Payer!, d.Distribution.VintageMonth)).ToList();
            if (vintages.Count == 0)
            {
                return [];
            }

            await using var lease = await services.LeaseDbAsync(cancellationToken);

            var db = lease.Db;
            var sources = BillingClassRules.Sources(selection.BillingClass).ToList();
            IQueryable<RateObservation>? priced = null;
            foreach (var (payer, month) in vintages)
            {
                var (payerId, modifierKey) = (payer.Id, selection.ModifierKey);
                var slice = db.RateObservations.AsNoTracking().Where(o => o.PayerId == payerId && o.VintageMonth == month && o.CodeId == code.Id
                    && o.ModifierKey == modifierKey && sources.Contains(o.BillingClass) && (!selection.Screened || o.ScreeningFlags == ScreeningFlags.None));
                priced = priced is null ? slice : priced.Concat(slice);
            }

            var observations = await priced!.Select(o => new { o.ProviderKey, o.PayerId, o.Amount, o.ProviderGroupId }).ToListAsync(cancellationToken);
            var tins = observations.Select(o => o.ProviderKey).Distinct().Order(StringComparer.Ordinal).Take(first).ToHashSet();
            var page = observations.Where(o => tins.Contains(o.ProviderKey)).ToList();
            var groups = page.Select(o => o.ProviderGroupId).OfType<int>().Distinct().ToList();
            var npis = await db.ProviderGroupNpis.AsNoTracking().Where(n => groups.Contains(n.ProviderGroupId)).ToListAsync(cancellationToken);
            var npiValues = npis.Select(n => n.Npi).Distinct().ToList();
            var nppes = await db.NppesProviders.AsNoTracking().Where(p => npiValues.Contains(p.Npi)).ToDictionaryAsync(p => p.Npi, cancellationToken);
            var payers = vintages.ToDictionary(v => v.Item1.Id, v => v.Item1);
            return page.GroupBy(o => o.ProviderKey).OrderBy(g => g.Key, StringComparer.Ordinal).Select(tin =>
            {
                var tinGroups = tin.Select(o => o.ProviderGroupId).ToHashSet();
                var resolved = npis.Where(n => tinGroups.Contains(n.ProviderGroupId)).Select(n => nppes.GetValueOrDefault(n.Npi)).OfType<NppesProvider>()
                    .OrderBy(p => p.EntityType == 2 ? 0 : p.EntityType == 1 ? 1 : 2).ThenBy(p => p.Npi, StringComparer.Ordinal).FirstOrDefault();
                var rates = tin.Select(o => (o.PayerId, o.Amount)).Distinct().Select(r => new ProviderRate(payers[r.PayerId], r.Amount))
                    .OrderBy(r => r.Payer.Name, StringComparer.Ordinal).ThenBy(r => r.Amount).ToList();
                return new PricedProvider(tin.Key, resolved, rates);
            }).ToList();
        });
}
