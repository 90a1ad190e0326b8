using CptGraph.Data;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Rates;

/// <summary>Reads one code's stored distributions of every vintage (the history series), with their payers.</summary>
public static class CodeDistributions
{
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
                from d in db.RateDistributions.Where(ServedDistributions.Selected(selection))
                where d.CodeId == codeId
                join p in db.Payers on d.PayerId equals (int?)p.Id into payers
                from p in payers.DefaultIfEmpty()
                select new { d, p })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PayerDistribution(r.d, r.p)).ToList();
    }
}
