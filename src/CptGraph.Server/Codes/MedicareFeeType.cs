using CptGraph.Domain.Rates;
using GraphQL;
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
        Field(f => f.PcTcIndicator, nullable: true).Description("PCTC IND: the professional/technical component indicator (0 physician service, 1 diagnostic test with components, 5 incident-to, 9 not applicable, …).");
        Field(f => f.MultipleProcedure, nullable: true).Description("MULT PROC: the multiple procedure payment rule (0 none, 2 standard, 3 endoscopy, 4 imaging, 9 not applicable, …).");
        Field(f => f.BilateralSurgery, nullable: true).Description("BILAT SURG: the bilateral surgery indicator (0 150% does not apply, 1 150% applies, 2 already bilateral, 3 each side 100%, 9 not applicable).");
        Field(f => f.AssistantSurgery, nullable: true).Description("ASST SURG: assistant at surgery (0 documentation needed, 1 not paid, 2 paid, 9 not applicable).");
        Field(f => f.CoSurgeons, nullable: true).Description("CO- SURG: co-surgeons (0 not permitted, 1 with documentation, 2 permitted, 9 not applicable).");
        Field(f => f.TeamSurgery, nullable: true).Description("TEAM SURG: team surgery (0 not permitted, 1 with documentation, 2 permitted, 9 not applicable).");
        Field(f => f.EndoscopicBase, nullable: true).Description("ENDO BASE: the endoscopic base code of the family, where the multiple procedure rule is 3.");
        Field(f => f.PhysicianSupervision, nullable: true).Description("Physician supervision of diagnostic procedures (01 general, 02 direct, 03 personal, 09 not applicable, …).");
        Field(f => f.ImagingFamily, nullable: true).Description("The diagnostic imaging family indicator (99 not applicable).");
        Field(f => f.NotUsedForMedicarePayment, nullable: true).Description("NOT USED FOR MEDICARE PAYMENT: I where the RVUs are not used for Medicare payment.");
        Field(f => f.NonFacilityNationalAmount, nullable: true).Description("National non-facility payment (all GPCIs = 1), rounded to cents; null when not priced.");
        Field(f => f.FacilityNationalAmount, nullable: true).Description("National facility payment (all GPCIs = 1), rounded to cents; null when not priced.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MedicareLocalityAmountType>>>>("localities")
            .Description("Facility and non-facility amounts in each Medicare locality of the year (by MAC and locality number), from the GPCIs the schedule was ingested with.")
            .Argument<StringGraphType>("locality", "Only this locality (\"MAC-locality\", e.g. \"01112-05\") or state (e.g. \"CA\").")
            .Argument<StringGraphType>("state", "Only the localities of this state or territory: its two-letter code (e.g. \"CA\", case-insensitive). Combined with locality, both must match.")
            .Resolve(c => MedicareLocalityLoader.Load(c.RequestServices!, c.Source, c.GetArgument<string?>("locality"), StateArgument.Read(c)));
    }
}
