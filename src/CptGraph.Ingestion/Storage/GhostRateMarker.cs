using CptGraph.Data;
using CptGraph.Domain.Statistics.Screening;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// Sets the ghost flag of one payer vintage in SQL, because the rule looks across all the payer's codes at once:
/// a provider whose identical amount appears for at least <see cref="ScreeningRules.GhostMinimumCodes"/> distinct
/// codes in the vintage has all those observations flagged. The flag is cleared first so re-runs converge.
/// </summary>
public static class GhostRateMarker
{
    public static async Task MarkAsync(CptGraphDbContext db, int payerId, string vintageMonth, CancellationToken cancellationToken)
    {
        const int ghost = (int)ScreeningFlags.Ghost;
        const int minimumCodes = ScreeningRules.GhostMinimumCodes;
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "RateObservations" SET "ScreeningFlags" = "ScreeningFlags" & ~{ghost}
            WHERE "PayerId" = {payerId} AND "VintageMonth" = {vintageMonth} AND ("ScreeningFlags" & {ghost}) <> 0
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "RateObservations" SET "ScreeningFlags" = "ScreeningFlags" | {ghost}
            WHERE "PayerId" = {payerId} AND "VintageMonth" = {vintageMonth} AND ("ProviderKey", "Amount") IN (
                SELECT "ProviderKey", "Amount" FROM "RateObservations"
                WHERE "PayerId" = {payerId} AND "VintageMonth" = {vintageMonth}
                GROUP BY "ProviderKey", "Amount" HAVING COUNT(DISTINCT "CodeId") >= {minimumCodes})
            """, cancellationToken);
    }
}
