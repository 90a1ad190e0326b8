using System.Text.Json;

namespace CptGraph.Server.Tests.Rates;

/// <summary>Crafted v2 in-network files: one price per (code, provider TIN, rate), grouped into in_network items by code.</summary>
public static class TicRateFile
{
    public sealed record Price(string Code, string Tin, decimal Rate, string BillingClass = "professional");

    public static string Json(string entity, string lastUpdatedOn, IEnumerable<Price> prices)
    {
        var list = prices.ToList();
        var groupIds = list.Select(p => p.Tin).Distinct().Select((tin, i) => (tin, id: i + 1)).ToDictionary(x => x.tin, x => x.id);
        return JsonSerializer.Serialize(new
        {
            reporting_entity_name = entity,
            reporting_entity_type = "health insurance issuer",
            version = "2.0.0",
            last_updated_on = lastUpdatedOn,
            provider_references = groupIds.Select(g => new { provider_group_id = g.Value, provider_groups = new[] { new { npi = new[] { 1111111111 }, tin = new { type = "ein", value = g.Key } } } }),
            in_network = list.GroupBy(p => p.Code).Select(code => new
            {
                negotiation_arrangement = "ffs",
                name = "test",
                billing_code_type = "CPT",
                billing_code_type_version = "2026",
                billing_code = code.Key,
                description = "test",
                negotiated_rates = code.Select(p => new
                {
                    provider_references = new[] { groupIds[p.Tin] },
                    negotiated_prices = new[] { new { negotiated_type = "negotiated", negotiated_rate = p.Rate, expiration_date = "9999-12-31", billing_class = p.BillingClass } },
                }),
            }),
        });
    }
}
