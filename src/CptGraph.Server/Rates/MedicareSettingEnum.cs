using CptGraph.Domain.Rates;
using GraphQL.Types;

namespace CptGraph.Server.Rates;

public sealed class MedicareSettingEnum : EnumerationGraphType<MedicareSetting>
{
    public MedicareSettingEnum()
    {
        Name = "MedicareSetting";
        Description = "The Physician Fee Schedule setting Medicare is priced for: NON_FACILITY (an office; the non-facility practice-expense RVU) or FACILITY (a hospital or ASC; the facility practice-expense RVU).";
    }
}
