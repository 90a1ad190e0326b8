using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.Codes;

public sealed class MedicareFeeQueryModel : QueryModel<MedicareFee>
{
    public MedicareFeeQueryModel()
        : base("MedicareFee", f => f.Id)
    {
        Scalar("year", f => f.Year);
        Scalar("modifier", f => f.Modifier);
        Scalar("status", f => f.Status);
        Scalar("workRvu", f => f.WorkRvu);
        Scalar("nonFacilityPeRvu", f => f.NonFacilityPeRvu);
        Scalar("facilityPeRvu", f => f.FacilityPeRvu);
        Scalar("malpracticeRvu", f => f.MalpracticeRvu);
        Scalar("conversionFactor", f => f.ConversionFactor);
        Scalar("nonFacilityNationalAmount", f => f.NonFacilityNationalAmount);
        Scalar("facilityNationalAmount", f => f.FacilityNationalAmount);
    }
}
