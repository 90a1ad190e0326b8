using CptGraph.Domain.Rates;

namespace CptGraph.Ingestion.Tic;

/// <summary>One validated <c>negotiated_prices</c> object.</summary>
/// <param name="ExpirationDate">Null when the file gives none: such a price never expires.</param>
/// <param name="ModifierKey">The canonical modifier set, see <see cref="CptGraph.Domain.Rates.ModifierKey"/>.</param>
/// <param name="ServiceCodes">The <c>service_code</c> place-of-service codes, trimmed, distinct, sorted, joined by <c>,</c>; empty for none.</param>
internal sealed record TicPrice(
    string NegotiatedType,
    TicPriceKind Kind,
    decimal Rate,
    DateOnly? ExpirationDate,
    TicBillingClass BillingClass,
    string ModifierKey,
    string ServiceCodes = "")
{
    /// <summary>The kind of a schema <c>negotiated_type</c>; null for a value the schemas do not allow.</summary>
    public static TicPriceKind? KindOf(string negotiatedType) => negotiatedType switch
    {
        "negotiated" or "fee schedule" or "derived" => TicPriceKind.Dollar,
        "percentage" => TicPriceKind.Percentage,
        "per diem" => TicPriceKind.PerDiem,
        _ => null,
    };
}
