namespace CptGraph.Domain.Rates;

/// <summary>
/// The Physician Fee Schedule setting Medicare's amounts are priced for: the practice-expense RVU that enters the payment
/// formula. <see cref="NonFacility"/> (an office) is what the ingest stores as Medicare's observations; <see cref="Facility"/>
/// (a hospital or ASC, where the facility bills its own costs) is priced from the stored fee rows and GPCIs on request.
/// </summary>
public enum MedicareSetting
{
    /// <summary>NON-FAC PE RVU: the office amount (the stored observations).</summary>
    NonFacility,

    /// <summary>FACILITY PE RVU: the facility amount.</summary>
    Facility,
}
