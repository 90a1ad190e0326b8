using CptGraph.Domain.Rates;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// The normalisation rules of NORMALISATION.md, applied to one parsed entry at a time. Pure: it only
/// decides, and tells the sink.
/// </summary>
/// <param name="lastUpdatedOn">The file's date; prices expiring before it are stale. Null: nothing expires.</param>
internal sealed class TicRateNormaliser(ITicRateSink sink, DateOnly? lastUpdatedOn)
{
    public void Arrangement(TicArrangement arrangement) => sink.Arrangement(arrangement);

    /// <summary>Rules in order: arrangement, code type, provider resolution, then per price zero and expiry.</summary>
    public void Entry(TicItem item, TicRateEntry entry, TicProviderReferences references)
    {
        var (providerKeys, unresolved) = references.Resolve(entry);

        // An entry naming no provider at all cannot be attributed to anyone: count it as one unresolved provider.
        if (providerKeys.Count == 0 && unresolved == 0)
        {
            unresolved = 1;
        }

        long prices = entry.Prices.Count;
        if (!item.IsFeeForService)
        {
            Reject(TicRejection.NonFfs, prices * (providerKeys.Count + unresolved));
            return;
        }

        if (!item.HasRateCodeType)
        {
            Reject(TicRejection.OtherCodeType, prices * (providerKeys.Count + unresolved));
            return;
        }

        Reject(TicRejection.UnresolvedProvider, prices * unresolved);
        if (providerKeys.Count == 0)
        {
            return;
        }

        foreach (TicPrice price in entry.Prices)
        {
            Price(item, price, providerKeys);
        }
    }

    private void Price(TicItem item, TicPrice price, List<string> providerKeys)
    {
        if (price.Kind == TicPriceKind.Dollar && price.Rate <= 0)
        {
            Reject(TicRejection.Zero, providerKeys.Count);
            return;
        }

        // Lifted comparison: a price without expiration_date, or a file without last_updated_on, never expires.
        if (price.ExpirationDate < lastUpdatedOn)
        {
            Reject(TicRejection.Expired, providerKeys.Count);
            return;
        }

        foreach (string providerKey in providerKeys)
        {
            if (price.Kind == TicPriceKind.Dollar)
            {
                sink.FeeRate(new TicFeeRate(item.BillingCode, item.BillingCodeType, item.Description, price.ModifierKey,
                    price.BillingClass, providerKey, price.Rate, price.NegotiatedType));
            }
            else
            {
                var kind = price.Kind == TicPriceKind.Percentage ? SeparateRateKind.Percentage : SeparateRateKind.PerDiem;
                sink.SeparateRate(new TicSeparateRate(item.BillingCode, item.BillingCodeType, kind, price.Rate,
                    price.ModifierKey, price.BillingClass, providerKey));
            }
        }
    }

    private void Reject(TicRejection reason, long count)
    {
        if (count > 0)
        {
            sink.Rejected(reason, count);
        }
    }
}
