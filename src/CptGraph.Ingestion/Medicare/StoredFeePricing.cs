using CptGraph.Domain.Rates;

namespace CptGraph.Ingestion.Medicare;

/// <summary>
/// Prices a stored fee-schedule row with stored GPCIs through the same <see cref="MedicarePricing"/> the ingest used, so an
/// amount computed on request (a locality's, a setting's distribution) is the amount the ingest would have stored.
/// </summary>
public static class StoredFeePricing
{
    /// <summary>The RVU row the stored fee was read from (without its code, which pricing does not need).</summary>
    public static RvuRow ToRow(MedicareFee fee) =>
        new("", fee.Modifier, fee.Status, fee.WorkRvu, fee.NonFacilityPeRvu, fee.NonFacilityNotPriced, fee.FacilityPeRvu, fee.FacilityNotPriced,
            fee.MalpracticeRvu, fee.ConversionFactor, fee.GlobalDays, fee.Year);

    /// <summary>The locality's GPCIs as the GPCI file gave them.</summary>
    public static Gpci ToGpci(MedicareLocality locality) =>
        new(locality.Mac, locality.State, locality.LocalityNumber, locality.Name, locality.WorkGpci, locality.PeGpci, locality.MpGpci);

    /// <summary>Whether CMS flags <paramref name="setting"/> NA (not priced) for the fee row.</summary>
    public static bool IsNotApplicable(MedicareFee fee, MedicareSetting setting) =>
        setting == MedicareSetting.Facility ? fee.FacilityNotPriced : fee.NonFacilityNotPriced;

    /// <summary>
    /// The amount for <paramref name="setting"/> in each of <paramref name="localities"/>, in their order; empty when the
    /// status is not paid from RVUs or the setting is flagged NA.
    /// </summary>
    public static IReadOnlyList<decimal> LocalityAmounts(MedicareFee fee, IEnumerable<MedicareLocality> localities, MedicareSetting setting)
    {
        var row = ToRow(fee);
        var amounts = new List<decimal>();
        foreach (var locality in localities)
        {
            var gpci = ToGpci(locality);
            var amount = setting == MedicareSetting.Facility ? MedicarePricing.FacilityAmount(row, gpci) : MedicarePricing.NonFacilityAmount(row, gpci);
            if (amount is not { } value)
            {
                return [];
            }

            amounts.Add(value);
        }

        return amounts;
    }
}
