using CptGraph.Data;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Rates;

/// <summary>Reads one code's stored distributions for a billing class, modifier set and screening choice, with their payers.</summary>
public static class CodeDistributions
{
    /// <summary>
    /// Each payer's (and the aggregate's) distribution of its latest vintage at or before <paramref name="asOf"/>
    /// (<c>yyyy-MM</c>; null: the latest of all).
    /// </summary>
    public static async Task<IReadOnlyList<PayerDistribution>> LoadAsync(CptGraphDbContext db, int codeId, RateSelection selection, CancellationToken cancellationToken)
    {
        // The month is chosen from the unscreened rows, so screening never swaps a payer's latest month for an older
        // one: a payer whose latest month is entirely flagged is left out of the screened answer.
        var all = await LoadAllAsync(db, codeId, selection with { Screened = false }, cancellationToken);
        var screened = selection.Screened ? await LoadAllAsync(db, codeId, selection, cancellationToken) : all;
        var latest = all
            .Where(r => Vintages.IsAtOrBefore(r.Distribution.VintageMonth, selection.AsOf))
            .GroupBy(r => r.Distribution.PayerId)
            .Select(g => (PayerId: g.Key, Month: g.Select(r => r.Distribution.VintageMonth).Max(StringComparer.Ordinal)!))
            .ToHashSet();
        return screened
            .Where(r => latest.Contains((r.Distribution.PayerId, r.Distribution.VintageMonth)))
            .OrderBy(r => r.Payer is null ? 2 : r.Payer.Kind == PayerKind.Medicare ? 1 : 0)
            .ThenBy(r => r.Payer?.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every vintage's distribution, oldest month first, then payers by name (the aggregate last).</summary>
    public static async Task<IReadOnlyList<PayerDistribution>> LoadHistoryAsync(CptGraphDbContext db, int codeId, RateSelection selection, CancellationToken cancellationToken)
    {
        var all = await LoadAllAsync(db, codeId, selection, cancellationToken);
        return all
            .OrderBy(r => r.Distribution.VintageMonth, StringComparer.Ordinal)
            .ThenBy(r => r.Payer is null ? 1 : 0)
            .ThenBy(r => r.Payer?.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static async Task<List<PayerDistribution>> LoadAllAsync(CptGraphDbContext db, int codeId, RateSelection selection, CancellationToken cancellationToken)
    {
        var rows = await (
                from d in db.RateDistributions
                where d.CodeId == codeId && d.BillingClass == selection.BillingClass && d.ModifierKey == selection.ModifierKey
                    && d.Screened == selection.Screened
                join p in db.Payers on d.PayerId equals (int?)p.Id into payers
                from p in payers.DefaultIfEmpty()
                select new { d, p })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PayerDistribution(r.d, r.p)).ToList();
    }
}
