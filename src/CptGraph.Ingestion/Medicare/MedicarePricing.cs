using CptGraph.Domain.Statistics;

namespace CptGraph.Ingestion.Medicare;

/// <summary>
/// The CMS Physician Fee Schedule payment formula, as pure functions:
/// payment = (work RVU × work GPCI + PE RVU × PE GPCI + MP RVU × MP GPCI) × CF, rounded to cents.
/// A null locality means national, where every GPCI is 1.
/// </summary>
public static class MedicarePricing
{
    /// <summary>
    /// Whether a status code is paid from the RVUs: A (active), R (restricted) and T (paid only without
    /// another same-day service). Everything else, e.g. X (statutory exclusion, such as lab codes), is not.
    /// </summary>
    public static bool IsPriced(string status) => status is "A" or "R" or "T";

    /// <summary>The non-facility amount; null when the status is not priced or the setting is flagged NA.</summary>
    public static decimal? NonFacilityAmount(RvuRow row, Gpci? locality = null) =>
        IsPriced(row.Status) && !row.NonFacilityNa ? Amount(row, row.NonFacilityPeRvu, locality) : null;

    /// <summary>The facility amount; null when the status is not priced or the setting is flagged NA.</summary>
    public static decimal? FacilityAmount(RvuRow row, Gpci? locality = null) =>
        IsPriced(row.Status) && !row.FacilityNa ? Amount(row, row.FacilityPeRvu, locality) : null;

    /// <summary>
    /// The professional amount: non-facility, or facility where the non-facility setting is flagged NA
    /// (e.g. emergency department visits, which are never billed from an office). Null when neither applies.
    /// </summary>
    public static decimal? ProfessionalAmount(RvuRow row, Gpci? locality = null) =>
        NonFacilityAmount(row, locality) ?? FacilityAmount(row, locality);

    /// <summary>The national (all GPCIs = 1) professional amount, e.g. $15.70 for 96375 in 2026.</summary>
    public static decimal? NationalAmount(RvuRow row) => ProfessionalAmount(row);

    /// <summary>
    /// The professional amount in each locality, in the order given; empty when the row is not priced.
    /// </summary>
    public static IReadOnlyList<LocalityPayment> LocalityPayments(RvuRow row, IEnumerable<Gpci> localities)
    {
        ArgumentNullException.ThrowIfNull(localities);
        var priced = IsPriced(row.Status) && !(row.NonFacilityNa && row.FacilityNa);
        if (!priced)
        {
            return [];
        }

        var usedFacility = row.NonFacilityNa;
        var peRvu = usedFacility ? row.FacilityPeRvu : row.NonFacilityPeRvu;
        return
        [
            .. localities.Select(l => new LocalityPayment(
                l.Mac, l.LocalityNumber, l.LocalityName, l.State, Amount(row, peRvu, l), usedFacility)),
        ];
    }

    private static decimal Amount(RvuRow row, decimal peRvu, Gpci? locality)
    {
        var (work, pe, mp) = locality is null ? (1m, 1m, 1m) : (locality.Work, locality.Pe, locality.Mp);
        var rvus = row.WorkRvu * work + peRvu * pe + row.MpRvu * mp;
        return RateStatistics.RoundToCents(rvus * row.ConversionFactor);
    }
}
