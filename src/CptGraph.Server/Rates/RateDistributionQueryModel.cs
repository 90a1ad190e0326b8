using CptGraph.Domain.Codes;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.Rates;

public sealed class RateDistributionQueryModel : QueryModel<RateDistribution>
{
    public RateDistributionQueryModel()
        : base("RateDistribution", d => d.Id)
    {
        Object<Payer>("payer", d => d.Payer);
        Object<Code>("code", d => d.Code);
        Enum("billingClass", d => d.BillingClass, "BillingClass");
        Scalar("count", d => d.Count);
        Scalar("min", d => d.Min);
        Scalar("p10", d => d.P10);
        Scalar("p25", d => d.P25);
        Scalar("median", d => d.Median);
        Scalar("p75", d => d.P75);
        Scalar("p90", d => d.P90);
        Scalar("max", d => d.Max);
        Scalar("mean", d => d.Mean);
        Scalar("spread", d => d.P75 - d.P25);
        Scalar("isDemo", d => d.IsDemo);
    }
}
