using GraphQL.Types;

namespace CptGraph.Server.Codes;

public sealed class MedicareLocalityAmountType : ObjectGraphType<MedicareLocalityAmount>
{
    public MedicareLocalityAmountType()
    {
        Name = "MedicareLocalityAmount";
        Description = "A Physician Fee Schedule row priced in one Medicare locality: (work RVU × work GPCI + PE RVU × PE GPCI + MP RVU × MP GPCI) × CF, rounded to cents.";
        Field<NonNullGraphType<StringGraphType>>("locality").Description("MAC and locality number, e.g. \"01112-05\".")
            .Resolve(c => $"{c.Source.Locality.Mac}-{c.Source.Locality.LocalityNumber}");
        Field<NonNullGraphType<StringGraphType>>("state").Description("The state or territory, e.g. \"CA\".").Resolve(c => c.Source.Locality.State);
        Field<NonNullGraphType<StringGraphType>>("name").Description("CMS's locality name.").Resolve(c => c.Source.Locality.Name);
        Field<NonNullGraphType<DecimalGraphType>>("workGpci").Description("The work GPCI (with any statutory floor).").Resolve(c => c.Source.Locality.WorkGpci);
        Field<NonNullGraphType<DecimalGraphType>>("peGpci").Description("The practice-expense GPCI.").Resolve(c => c.Source.Locality.PeGpci);
        Field<NonNullGraphType<DecimalGraphType>>("mpGpci").Description("The malpractice GPCI.").Resolve(c => c.Source.Locality.MpGpci);
        Field(a => a.NonFacilityAmount, nullable: true).Description("The non-facility amount in this locality; null when not priced or flagged NA.");
        Field(a => a.FacilityAmount, nullable: true).Description("The facility amount in this locality; null when not priced or flagged NA.");
    }
}
