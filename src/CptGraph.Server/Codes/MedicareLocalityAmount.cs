using CptGraph.Domain.Rates;

namespace CptGraph.Server.Codes;

/// <summary>A fee-schedule row priced in one locality: facility and non-facility amounts with that locality's GPCIs.</summary>
public sealed record MedicareLocalityAmount(MedicareLocality Locality, decimal? NonFacilityAmount, decimal? FacilityAmount);
