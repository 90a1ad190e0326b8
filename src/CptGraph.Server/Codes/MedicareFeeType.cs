using CptGraph.Domain.Rates;
using GraphQL.Types;

namespace CptGraph.Server.Codes;

public sealed class MedicareFeeType : ObjectGraphType<MedicareFee>
{
    public MedicareFeeType()
    {
        Name = "MedicareFee";
        Description = "A CMS Physician Fee Schedule row for the code (relative value units, without the AMA descriptor).";
        Field(f => f.Year).Description("The fee-schedule year.");
        Field(f => f.Modifier).Description("The row's modifier: empty for the global service, 26 or TC for the professional/technical components.");
        Field(f => f.Status).Description("The CMS status code; only A, R and T are paid from these RVUs.");
        Field(f => f.WorkRvu).Description("Work RVU.");
        Field(f => f.NonFacilityPeRvu).Description("Non-facility practice-expense RVU.");
        Field(f => f.NonFacilityNotPriced).Description("True where CMS flags the non-facility setting NA (not priced).");
        Field(f => f.FacilityPeRvu).Description("Facility practice-expense RVU.");
        Field(f => f.FacilityNotPriced).Description("True where CMS flags the facility setting NA (not priced).");
        Field(f => f.MalpracticeRvu).Description("Malpractice (MP) RVU.");
        Field(f => f.ConversionFactor).Description("The conversion factor in US dollars per RVU.");
        Field(f => f.GlobalDays, nullable: true).Description("The global period (e.g. 000, 090, XXX, ZZZ).");
        Field(f => f.NonFacilityNationalAmount, nullable: true).Description("National non-facility payment (all GPCIs = 1), rounded to cents; null when not priced.");
        Field(f => f.FacilityNationalAmount, nullable: true).Description("National facility payment (all GPCIs = 1), rounded to cents; null when not priced.");
    }
}
