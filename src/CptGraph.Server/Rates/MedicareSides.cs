using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.Domain.Statistics;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Ingestion.Medicare;
using CptGraph.Server.Codes;
using GraphQL.DataLoader;

namespace CptGraph.Server.Rates;

/// <summary>
/// Medicare for <see cref="MedicareSetting.Facility"/>, priced on request: the ingest stores the non-facility amount of each
/// locality as Medicare's observations, and the fee-schedule rows and GPCIs it stored beside them give every other amount
/// with the same formula (109 localities: a few microseconds). The facility distribution is the one the served (stored)
/// Medicare distribution would be with the facility PE RVU: the same fee-schedule year (its vintage), modifier, billing
/// class and localities, summarised by the same <see cref="RateStatistics.Summarise"/>. A fee row flagging the facility
/// setting NA gives no distribution and <see cref="MedicareSide.NotApplicable"/>. Batched: the code's fee rows load with
/// every other code's of the request, the year's GPCIs once.
/// </summary>
public static class MedicareSides
{
    public static IDataLoaderResult<MedicareSide> Load(IServiceProvider services, int codeId, RateSelection selection)
    {
        var stored = RateLists.Stored(services, codeId, selection);
        if (selection.Setting == MedicareSetting.NonFacility)
        {
            return stored.Then(list => new MedicareSide(StoredMedicare(list), null, false));
        }

        var fees = CodeLists.MedicareFees.Load(services, "Code.medicareFees", codeId, QueryArgumentValues.None);
        return DataLoaderResult.Combine(stored, fees, (list, rows) => (Medicare: StoredMedicare(list), Fees: rows))
            .Then(async pair =>
            {
                var fee = FeeFor(pair.Medicare, pair.Fees, selection);
                if (fee is null || pair.Medicare is null || selection.BillingClass != BillingClass.Professional)
                {
                    return new MedicareSide(null, null, fee is not null && StoredFeePricing.IsNotApplicable(fee, selection.Setting));
                }

                if (StoredFeePricing.IsNotApplicable(fee, selection.Setting))
                {
                    return new MedicareSide(null, null, true);
                }

                var localities = await MedicareLocalityLoader.ForYear(services, fee.Year).GetResultAsync();
                var amounts = StoredFeePricing.LocalityAmounts(fee, localities, selection.Setting).Order().ToList();
                return RateStatistics.Summarise(amounts) is { } summary
                    ? new MedicareSide(Priced(pair.Medicare, summary), amounts, false)
                    : new MedicareSide(null, null, false);
            });
    }

    /// <summary>
    /// The setting whose amounts <paramref name="benchmark"/>'s Medicare distribution holds (null without one). Under
    /// NON_FACILITY it is read from the fee row only when asked: the stored amounts of a code whose non-facility setting is
    /// NA are its facility amounts, which the stored distribution itself cannot tell.
    /// </summary>
    public static IDataLoaderResult<MedicareSetting?> AmountsSetting(IServiceProvider services, Benchmark benchmark)
    {
        if (benchmark.Medicare?.Distribution is not { } medicare)
        {
            return DataLoaderResult.Of<MedicareSetting?>(null);
        }

        if (benchmark.Setting != MedicareSetting.NonFacility)
        {
            return DataLoaderResult.Of<MedicareSetting?>(benchmark.Setting);
        }

        var selection = new RateSelection(medicare.BillingClass, medicare.ModifierKey, medicare.Screened, null);
        return CodeLists.MedicareFees.Load(services, "Code.medicareFees", medicare.CodeId, QueryArgumentValues.None)
            .Then(fees => FeeFor(medicare, fees, selection) is { NonFacilityNotPriced: true } ? MedicareSetting.Facility : (MedicareSetting?)MedicareSetting.NonFacility);
    }

    private static RateDistribution? StoredMedicare(IReadOnlyList<RateDistribution> served) =>
        served.FirstOrDefault(d => d.Payer?.Kind == PayerKind.Medicare);

    // The served distribution's fee-schedule year; without one, the latest year at or before asOf (for the NA flag alone).
    private static MedicareFee? FeeFor(RateDistribution? medicare, IReadOnlyList<MedicareFee> fees, RateSelection selection)
    {
        var rows = fees.Where(f => f.Modifier == selection.ModifierKey);
        if (medicare is not null)
        {
            var year = int.Parse(medicare.VintageMonth.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
            return rows.FirstOrDefault(f => f.Year == year);
        }

        return rows.Where(f => Vintages.IsAtOrBefore($"{f.Year:D4}-01", selection.AsOf)).MaxBy(f => f.Year);
    }

    // The stored distribution's identity with the setting's statistics (RecomputedDistribution: read back as stored, so a
    // FACILITY figure prints like the stored NON_FACILITY one); its node id and code stay, since a priced Medicare row
    // stands for that row under another setting. Medicare's observations are localities: no TIN count.
    private static RateDistribution Priced(RateDistribution stored, RateSummary summary)
    {
        var priced = RecomputedDistribution.Of(stored, summary, distinctTins: null, stored.Screening);
        priced.Id = stored.Id;
        priced.Code = stored.Code;
        return priced;
    }
}
