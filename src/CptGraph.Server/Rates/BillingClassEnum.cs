using CptGraph.Domain.Rates;
using GraphQL.Types;

namespace CptGraph.Server.Rates;

public sealed class BillingClassEnum : EnumerationGraphType<BillingClass>
{
    public BillingClassEnum()
    {
        Name = "BillingClass";
        Description = "The billing class a distribution covers. TiC prices billed as \"both\" count in PROFESSIONAL and INSTITUTIONAL.";
    }
}
