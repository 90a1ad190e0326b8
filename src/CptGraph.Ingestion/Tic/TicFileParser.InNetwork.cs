using System.Text.Json;
using CptGraph.Domain.Rates;

using CptGraph.Ingestion.Tic.Parallel;

namespace CptGraph.Ingestion.Tic;

// in_network items, their negotiated_rates entries and negotiated_prices. Values the schemas forbid and the
// rules cannot classify (negotiated_type, billing_class, negotiation_arrangement) stop the file with an error.
internal sealed partial class TicFileParser
{
    private void ReadInNetwork()
    {
        _sawInNetwork = true;
        if (_normaliser is null && _header.IsKnown)
        {
            _normaliser = SendHeader();
        }

        if (!json.ReadStartArrayOrNull())
        {
            return;
        }

        if (IsCut())
        {
            ReadPieces(TicPieceKind.InNetwork);
            return;
        }

        while (json.NextElement())
        {
            ReadItem();
        }
    }

    private void ReadItem()
    {
        json.Expect(JsonTokenType.StartObject, "an object");
        string? arrangement = null, codeType = null, code = null, description = null;
        bool hasDescription = false;
        TicItem? item = null;
        bool cut = false;
        List<TicRateEntry> held = [];
        List<string> contained = [];
        int priceCount = 0;
        while (json.NextProperty(out string name))
        {
            switch (name)
            {
                case "negotiation_arrangement": arrangement = ReadArrangement(); break;
                case "billing_code_type": codeType = json.ReadString().Trim().ToUpperInvariant(); break;
                case "billing_code": code = json.ReadString(TicLimits.MaxBillingCodeBytes).Trim(); break;
                case "description":
                    description = json.ReadOptionalString();
                    hasDescription = true;
                    break;
                case "bundled_codes" or "covered_services": ReadContainedCodes(contained); break;
                case "negotiated_rates":
                    // The usual order puts the item's facts first, so entries stream; otherwise hold them to the item's end.
                    if (arrangement is not null && codeType is not null && code is not null && hasDescription)
                    {
                        item ??= new TicItem(arrangement, codeType, code, description);
                    }

                    priceCount += ReadNegotiatedRates(item, held, ref cut);
                    break;
                default: json.Skip(); break;
            }
        }

        item ??= new TicItem(
            arrangement ?? throw MissingItemField("negotiation_arrangement"),
            codeType ?? throw MissingItemField("billing_code_type"),
            code ?? throw MissingItemField("billing_code"),
            description);
        if (cut)
        {
            EndCutItem(item, held, contained, priceCount);
            return;
        }

        foreach (TicRateEntry entry in held)
        {
            Dispatch(item, entry);
        }

        if (!item.IsFeeForService)
        {
            Dispatch(new TicArrangement(item.Arrangement, item.BillingCode, item.BillingCodeType, contained, priceCount));
        }
    }

    private string ReadArrangement()
    {
        string arrangement = json.ReadString();
        return arrangement is "ffs" or "bundle" or "capitation"
            ? arrangement
            : throw json.Error($"unknown negotiation_arrangement '{arrangement}'");
    }

    private void ReadContainedCodes(List<string> contained)
    {
        if (!json.ReadStartArrayOrNull())
        {
            return;
        }

        while (json.NextElement())
        {
            json.Expect(JsonTokenType.StartObject, "an object");
            string? type = null, code = null;
            while (json.NextProperty(out string name))
            {
                switch (name)
                {
                    case "billing_code_type": type = json.ReadString().Trim().ToUpperInvariant(); break;
                    case "billing_code": code = json.ReadString(TicLimits.MaxBillingCodeBytes).Trim(); break;
                    default: json.Skip(); break;
                }
            }

            contained.Add(type is not null && code is not null
                ? $"{type}:{code}"
                : throw json.Error("contained billing code needs both billing_code_type and billing_code"));
        }
    }

    private int ReadNegotiatedRates(TicItem? item, List<TicRateEntry> held, ref bool cut)
    {
        if (!json.ReadStartArrayOrNull())
        {
            return 0;
        }

        // The parallel reader may have cut a big item's entries out of this piece: they come in pieces of their own.
        if (IsCutRates())
        {
            cut = true;
            HandOverCutRates(item, held);
            return 0;
        }

        int prices = 0;
        while (json.NextElement())
        {
            TicRateEntry entry = ReadEntry();
            prices += entry.Prices.Count;
            if (item is null)
            {
                held.Add(entry);
            }
            else
            {
                Dispatch(item, entry);
            }
        }

        return prices;
    }

    internal TicRateEntry ReadEntry()
    {
        json.Expect(JsonTokenType.StartObject, "an object");
        var entry = new TicRateEntry();
        while (json.NextProperty(out string name))
        {
            switch (name)
            {
                case "provider_groups": ReadProviderGroups(entry.ProviderKeys); break;
                case "provider_references": ReadReferenceIds(entry.ReferenceIds); break;
                case "negotiated_prices": ReadPrices(entry.Prices); break;
                default: json.Skip(); break;
            }
        }

        return entry;
    }

    private void ReadPrices(List<TicPrice> prices)
    {
        if (!json.ReadStartArrayOrNull())
        {
            return;
        }

        while (json.NextElement())
        {
            prices.Add(ReadPrice());
        }
    }

    private TicPrice ReadPrice()
    {
        json.Expect(JsonTokenType.StartObject, "an object");
        string? negotiatedType = null;
        TicPriceKind kind = TicPriceKind.Dollar;
        decimal? rate = null;
        DateOnly? expirationDate = null;
        TicBillingClass? billingClass = null;
        string modifierKey = "";
        string serviceCodes = "";
        while (json.NextProperty(out string name))
        {
            switch (name)
            {
                case "negotiated_type":
                    negotiatedType = json.ReadInternedString();
                    kind = TicPrice.KindOf(negotiatedType) ?? throw json.Error($"unknown negotiated_type '{negotiatedType}'");
                    break;
                case "negotiated_rate": rate = json.ReadDecimal(); break;
                case "expiration_date": expirationDate = json.ReadDate(); break;
                case "billing_class":
                    string value = json.ReadInternedString();
                    billingClass = BillingClassRules.ParseTic(value) ?? throw json.Error($"unknown billing_class '{value}'");
                    break;
                case "billing_code_modifier": modifierKey = ReadModifierKey(); break;
                case "service_code": serviceCodes = ReadServiceCodes(); break;
                default: json.Skip(); break;
            }
        }

        return new TicPrice(
            negotiatedType ?? throw MissingPriceField("negotiated_type"),
            kind,
            rate ?? throw MissingPriceField("negotiated_rate"),
            expirationDate,
            billingClass ?? throw MissingPriceField("billing_class"),
            modifierKey,
            serviceCodes);
    }

    private string ReadModifierKey()
    {
        List<string> modifiers = [];
        if (json.ReadStartArrayOrNull())
        {
            while (json.NextElement())
            {
                json.Expect(JsonTokenType.String, "a string");
                modifiers.Add(json.GetInternedString());
            }
        }

        return ModifierKey.From(modifiers);
    }

    private readonly List<string> _serviceCodes = [];
    private List<string> _lastServiceCodes = [];
    private string _lastServiceCodesKey = "";

    // Place-of-service codes repeat on every price of a file: each is interned, and the joined set of the last price
    // is reused when the next one lists the same codes, so a file of identical prices allocates nothing here.
    private string ReadServiceCodes()
    {
        if (!json.ReadStartArrayOrNull())
        {
            return "";
        }

        _serviceCodes.Clear();
        while (json.NextElement())
        {
            json.Expect(JsonTokenType.String, "a string");
            var code = json.GetInternedString().Trim();
            if (code.Length > 0 && !_serviceCodes.Contains(code))
            {
                _serviceCodes.Add(code);
            }
        }

        _serviceCodes.Sort(StringComparer.Ordinal);
        if (!_serviceCodes.SequenceEqual(_lastServiceCodes))
        {
            _lastServiceCodes = [.. _serviceCodes];
            _lastServiceCodesKey = string.Join(',', _serviceCodes);
        }

        return _lastServiceCodesKey;
    }

    private IngestionException MissingItemField(string field) => json.Error($"in_network item has no {field}");

    private IngestionException MissingPriceField(string field) => json.Error($"negotiated price has no {field}");
}
