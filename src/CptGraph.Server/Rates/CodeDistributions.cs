using CptGraph.Data;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Rates;

/// <summary>Reads one code's stored distributions for a billing class and modifier set, with their payers.</summary>
public static class CodeDistributions
{
    public static async Task<IReadOnlyList<PayerDistribution>> LoadAsync(
        CptGraphDbContext db, int codeId, BillingClass billingClass, string modifierKey, CancellationToken cancellationToken)
    {
        var rows = await (
                from d in db.RateDistributions
                where d.CodeId == codeId && d.BillingClass == billingClass && d.ModifierKey == modifierKey
                join p in db.Payers on d.PayerId equals (int?)p.Id into payers
                from p in payers.DefaultIfEmpty()
                select new { d, p })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new PayerDistribution(r.d, r.p))
            .OrderBy(r => r.Payer is null ? 2 : r.Payer.Kind == PayerKind.Medicare ? 1 : 0)
            .ThenBy(r => r.Payer?.Name, StringComparer.Ordinal)
            .ToList();
    }
}
