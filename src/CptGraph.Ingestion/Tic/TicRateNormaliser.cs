using CptGraph.Domain.Providers;
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
        var providers = ByTin(providerKeys);

        // An entry naming no provider at all cannot be attributed to anyone: count it as one unresolved provider.
        if (providers.Count == 0 && unresolved == 0)
        {
            unresolved = 1;
        }

        long prices = entry.Prices.Count;
        if (!item.IsFeeForService)
        {
            Reject(TicRejection.NonFfs, prices * (providers.Count + unresolved));
            return;
        }

        if (!item.HasRateCodeType)
        {
            Reject(TicRejection.OtherCodeType, prices * (providers.Count + unresolved));
            return;
        }

        Reject(TicRejection.UnresolvedProvider, prices * unresolved);
        if (providers.Count == 0)
        {
            return;
        }

        foreach (TicPrice price in entry.Prices)
        {
            Price(item, price, providers);
        }
    }

    /// <summary>
    /// The entry's distinct TINs, each with the union of the NPIs its groups list here (in order of first
    /// appearance): a TIN is one provider unit however many of the entry's groups name it, as before NPIs were kept.
    /// </summary>
    private static List<(string TinKey, string Npis)> ByTin(List<string> providerKeys)
    {
        var providers = new List<(string TinKey, string Npis)>(providerKeys.Count);
        Dictionary<string, int>? index = providerKeys.Count > 1 ? new(StringComparer.Ordinal) : null;
        foreach (var key in providerKeys)
        {
            var (tin, npis) = TicProviderKey.Split(key);
            if (index is null || index.TryAdd(tin, providers.Count))
            {
                providers.Add((tin, npis));
            }
            else
            {
                var at = index[tin];
                providers[at] = (tin, NpiSet.Union(providers[at].Npis, npis));
            }
        }

        return providers;
    }

    private void Price(TicItem item, TicPrice price, List<(string TinKey, string Npis)> providerKeys)
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

        foreach (var (providerKey, npis) in providerKeys)
        {
            if (price.Kind == TicPriceKind.Dollar)
            {
                sink.FeeRate(new TicFeeRate(item.BillingCode, item.BillingCodeType, item.Description, price.ModifierKey,
                    price.BillingClass, providerKey, price.Rate, price.NegotiatedType, npis, price.ServiceCodes));
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
