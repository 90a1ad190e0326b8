using CptGraph.Domain.Rates;
using CptGraph.Ingestion.Tic;
using static CptGraph.Ingestion.Tests.Tic.TicFixture;

namespace CptGraph.Ingestion.Tests.Tic;

// One test per normalisation rule of src/CptGraph.Ingestion/Tic/NORMALISATION.md, on small inline files.
public sealed partial class TicInNetworkReaderTests
{
    private const string Tin = "tin:ein:11-1111111";

    [Theory]
    [BufferSizes]
    public void OnlyFeeForServiceItemsBecomeRates(int bufferSize)
    {
        // Arrange
        string bundle = """
            {
              "negotiation_arrangement": "bundle", "name": "Knee", "billing_code_type": "icd", "billing_code": " 81.54 ",
              "description": "Total knee",
              "negotiated_rates": [{
                "provider_groups": [{ "npi": [1], "tin": { "type": "ein", "value": "11-1111111" } },
                                    { "npi": [2], "tin": { "type": "EIN", "value": "22-2222222" } }],
                "negotiated_prices": [
                  { "negotiated_type": "negotiated", "negotiated_rate": 20000, "expiration_date": "9999-12-31", "billing_class": "professional" },
                  { "negotiated_type": "negotiated", "negotiated_rate": 0, "expiration_date": "2000-01-01", "billing_class": "institutional" }]
              }],
              "bundled_codes": [{ "billing_code_type": "cpt", "billing_code": "27447" }, { "billing_code_type": "HCPCS", "billing_code": "C1776" }]
            }
            """;
        string json = File(bundle + "," + Item(Rate(Price("95.10"))));

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert
        Assert.Equal(["bundle ICD:81.54 -> CPT:27447,HCPCS:C1776 (2)"], sink.ArrangementLines);
        Assert.Equal(["NonFfs=4"], sink.RejectionLines);
        Assert.Equal([$"99213 CPT [] Professional {Tin} 95.1 negotiated"], sink.FeeLines);
    }

    [Theory]
    [BufferSizes]
    public void OnlyCptAndHcpcsCodeTypesBecomeRates(int bufferSize)
    {
        // Arrange
        string json = File(string.Join(",",
            Item(Rate(Price("10")), code: "G0283", codeType: "hcpcs"),
            Item(Rate(Price("5500", type: "per diem") + "," + Price("20")), code: "0200", codeType: "RC"),
            Item(Rate(Price("30")), code: "470", codeType: "MS-DRG")));

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert
        Assert.Equal([$"G0283 HCPCS [] Professional {Tin} 10 negotiated"], sink.FeeLines);
        Assert.Empty(sink.SeparateRates);
        Assert.Equal(["OtherCodeType=3"], sink.RejectionLines);
    }

    [Theory]
    [BufferSizes]
    public void NegotiatedTypesSplitIntoFeeAndSeparateRates(int bufferSize)
    {
        // Arrange
        string prices = string.Join(",",
            Price("150.00", "negotiated"),
            Price("140", "fee schedule"),
            Price("130.5", "derived"),
            Price("65.0", "percentage"),
            Price("5500", "per diem", "institutional"));
        string json = File(Item(Rate(prices)));

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert
        Assert.Equal(
            [
                $"99213 CPT [] Professional {Tin} 150 negotiated",
                $"99213 CPT [] Professional {Tin} 140 fee schedule",
                $"99213 CPT [] Professional {Tin} 130.5 derived",
            ],
            sink.FeeLines);
        Assert.Equal(
            [
                $"99213 CPT Percentage 65 [] Professional {Tin}",
                $"99213 CPT PerDiem 5500 [] Institutional {Tin}",
            ],
            sink.SeparateLines);
        Assert.Empty(sink.Rejections);
    }

    [Theory]
    [BufferSizes]
    public void ZeroOrNegativeDollarRatesAreRejected(int bufferSize)
    {
        // Arrange
        string prices = string.Join(",", Price("0"), Price("-5.00"), Price("0.01"), Price("0", "percentage"));
        string json = File(Item(Rate(prices, """
            "provider_groups": [{ "npi": [1], "tin": { "type": "ein", "value": "11-1111111" } },
                                { "npi": [2], "tin": { "type": "npi", "value": "2222222222" } }]
            """)));

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert
        Assert.Equal([$"99213 CPT [] Professional {Tin} 0.01 negotiated", "99213 CPT [] Professional tin:npi:2222222222 0.01 negotiated"], sink.FeeLines);
        Assert.Equal([$"99213 CPT Percentage 0 [] Professional {Tin}", "99213 CPT Percentage 0 [] Professional tin:npi:2222222222"], sink.SeparateLines);
        Assert.Equal(["Zero=4"], sink.RejectionLines);
    }

    [Theory]
    [BufferSizes]
    public void PricesExpiringBeforeLastUpdatedOnAreRejected(int bufferSize)
    {
        // Arrange: the file is dated 2024-01-15.
        string prices = string.Join(",",
            Price("1", expiration: "2024-01-14"),
            Price("2", expiration: "2024-01-15"),
            Price("3", expiration: "9999-12-31"),
            Price("4", "percentage", expiration: "2023-12-31"),
            Price("0", expiration: "2020-01-01"));
        string json = File(Item(Rate(prices)));

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert: zero is checked before expiry.
        Assert.Equal([$"99213 CPT [] Professional {Tin} 2 negotiated", $"99213 CPT [] Professional {Tin} 3 negotiated"], sink.FeeLines);
        Assert.Empty(sink.SeparateRates);
        Assert.Equal(["Expired=2", "Zero=1"], sink.RejectionLines);
    }

    [Theory]
    [BufferSizes]
    public void WithoutLastUpdatedOnNothingExpiresAndMissingVersionIsAccepted(int bufferSize)
    {
        // Arrange
        string json = $$"""
            { "reporting_entity_name": "Old Payer", "in_network": [{{Item(Rate(Price("12.5", expiration: "2000-01-01")))}}] }
            """;

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert
        Assert.Equal("Old Payer||||||", sink.HeaderLine);
        Assert.Equal([$"99213 CPT [] Professional {Tin} 12.5 negotiated"], sink.FeeLines);
        Assert.Empty(sink.Rejections);
    }

    [Theory]
    [InlineData("1", 16)]
    [InlineData("1", 65536)]
    [InlineData("1.3.1", 16)]
    [InlineData("1.3.1", 65536)]
    [InlineData("2.1.0", 16)]
    [InlineData("2.1.0", 65536)]
    public void AcceptsSchemaMajorVersionsOneAndTwo(string version, int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate(Price())), "").Replace("\"1.3.1\"", $"\"{version}\"");

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert
        Assert.Equal(version, sink.FileHeader!.Version);
        Assert.Single(sink.FeeRates);
    }

    [Theory]
    [BufferSizes]
    public void BillingClassBothIsKeptAsBoth(int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate(Price("80", billingClass: "both") + "," + Price("70", billingClass: "institutional"))));

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert
        Assert.Equal([TicBillingClass.Both, TicBillingClass.Institutional], sink.FeeRates.Select(r => r.BillingClass));
    }

    [Theory]
    [BufferSizes]
    public void ModifierKeyIsTrimmedUpperDistinctSortedAndJoined(int bufferSize)
    {
        // Arrange
        string prices = string.Join(",",
            Price("1", extras: """ "billing_code_modifier": [" tc", "26", "TC", " ", "Gp"], """),
            Price("2", extras: """ "billing_code_modifier": [], """),
            Price("3", extras: """ "billing_code_modifier": null, """),
            Price("4"));
        string json = File(Item(Rate(prices)));

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert
        Assert.Equal(["26,GP,TC", "", "", ""], sink.FeeRates.Select(r => r.ModifierKey));
    }

    [Theory]
    [BufferSizes]
    public void ProviderReferencesAfterInNetworkAreResolvedAtTheEnd(int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate(Price("42"), """ "provider_references": [7] """) + "," + Rate(Price("43"))), "") [..^1] + """
            , "provider_references": [{ "provider_group_id": 7, "provider_groups": [
                { "npi": [1], "tin": { "type": "ein", "value": " 77-7777777 " } },
                { "npi": [2], "tin": { "type": " EIN", "value": "88-8888888" } }] }]
            }
            """;

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert: the inline entry streams at once; the referencing one waits for the end of the file.
        Assert.Equal(
            [
                $"99213 CPT [] Professional {Tin} 43 negotiated",
                "99213 CPT [] Professional tin:ein:77-7777777 42 negotiated",
                "99213 CPT [] Professional tin:ein:88-8888888 42 negotiated",
            ],
            sink.FeeLines);
        Assert.Empty(sink.Rejections);
    }

    [Theory]
    [BufferSizes]
    public void ProviderGroupIdsAreKeyedByTheirExactNumberText(int bufferSize)
    {
        // Arrange
        string references = """
            "provider_references": [
              { "provider_group_id": 40, "provider_groups": [{ "npi": [1], "tin": { "type": "ein", "value": "40-0000000" } }] },
              { "provider_group_id": 40.0000000001, "provider_groups": [{ "npi": [1], "tin": { "type": "ein", "value": "40-0000001" } }] }],
            """;
        string rates = string.Join(",",
            Rate(Price("1"), """ "provider_references": [40] """),
            Rate(Price("2"), """ "provider_references": [40.0000000001] """),
            Rate(Price("3"), """ "provider_references": [40.0] """));
        string json = File(Item(rates), references);

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert: 40.0 is a different key from 40, so it is unresolved.
        Assert.Equal(
            [
                "99213 CPT [] Professional tin:ein:40-0000000 1 negotiated",
                "99213 CPT [] Professional tin:ein:40-0000001 2 negotiated",
            ],
            sink.FeeLines);
        Assert.Equal(["UnresolvedProvider=1"], sink.RejectionLines);
    }

    [Theory]
    [BufferSizes]
    public void RemoteLocationReferencesAreUnresolved(int bufferSize)
    {
        // Arrange
        string references = """
            "provider_references": [
              { "provider_group_id": 1, "provider_groups": [{ "npi": [1], "tin": { "type": "ein", "value": "11-1111111" } }] },
              { "provider_group_id": 2, "location": "https://example.com/groups/2.json" }],
            """;
        string json = File(Item(Rate(Price("10") + "," + Price("20"), """ "provider_references": [1, 2] """)), references);

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert: group 1 still counts; group 2 costs one rejection per price.
        Assert.Equal([$"99213 CPT [] Professional {Tin} 10 negotiated", $"99213 CPT [] Professional {Tin} 20 negotiated"], sink.FeeLines);
        Assert.Equal(["UnresolvedProvider=2"], sink.RejectionLines);
    }

    [Theory]
    [BufferSizes]
    public void UnknownReferenceIdsAreUnresolved(int bufferSize)
    {
        // Arrange
        string references = """
            "provider_references": [{ "provider_group_id": 1, "provider_groups": [{ "npi": [1], "tin": { "type": "ein", "value": "11-1111111" } }] }],
            """;
        string json = File(Item(Rate(Price("10") + "," + Price("20") + "," + Price("30"), """ "provider_references": [9, 9, 8] """)), references);

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert: two distinct unknown ids x three prices.
        Assert.Empty(sink.FeeRates);
        Assert.Equal(["UnresolvedProvider=6"], sink.RejectionLines);
    }

    [Theory]
    [BufferSizes]
    public void EntriesWithoutProvidersAreUnresolved(int bufferSize)
    {
        // Arrange
        string json = File(Item(Rate(Price("10") + "," + Price("20"), """ "provider_groups": [] """)));

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert
        Assert.Empty(sink.FeeRates);
        Assert.Equal(["UnresolvedProvider=2"], sink.RejectionLines);
    }

    [Theory]
    [BufferSizes]
    public void InlineGroupsAndReferencesInOneEntryGiveDistinctTins(int bufferSize)
    {
        // Arrange
        string references = """
            "provider_references": [{ "provider_group_id": 1, "provider_groups": [
              { "npi": [1], "tin": { "type": "ein", "value": "11-1111111" } },
              { "npi": [2], "tin": { "type": "npi", "value": "2222222222" } }] }],
            """;
        string providers = """
            "provider_groups": [{ "npi": [5], "tin": { "type": "ein", "value": "11-1111111" } },
                                { "npi": [6], "tin": { "type": "ein", "value": "11-1111111" } }],
            "provider_references": [1]
            """;
        string json = File(Item(Rate(Price("99"), providers)), references);

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert: NPIs differ but the TIN is the contract, so 11-1111111 counts once.
        Assert.Equal([Tin, "tin:npi:2222222222"], sink.FeeRates.Select(r => r.ProviderKey));
    }

    [Theory]
    [BufferSizes]
    public void RootFactsAfterInNetworkAreHeldUntilTheHeaderCanBeSent(int bufferSize)
    {
        // Arrange
        string json = $$"""
            {
              "in_network": [{{Item(Rate(Price("10", expiration: "2024-06-30") + "," + Price("20", expiration: "2024-07-01")))}}],
              "reporting_entity_name": "Late Payer",
              "reporting_entity_type": "TPA",
              "plan_name": "Late Plan",
              "version": "1.0.0",
              "last_updated_on": "2024-07-01"
            }
            """;

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert: the sink saw the header first (RecordingSink throws otherwise) and expiry used the late date.
        Assert.Equal("Late Payer|TPA|1.0.0|2024-07-01|Late Plan||", sink.HeaderLine);
        Assert.Equal([$"99213 CPT [] Professional {Tin} 20 negotiated"], sink.FeeLines);
        Assert.Equal(["Expired=1"], sink.RejectionLines);
    }

    [Theory]
    [BufferSizes]
    public void ItemFactsAfterNegotiatedRatesStillApply(int bufferSize)
    {
        // Arrange
        string item = $$"""
            { "negotiated_rates": [{{Rate(Price("61"))}}], "billing_code": "J3490", "description": null,
              "billing_code_type": "HCPCS", "unknown_extension": { "deep": [1, [2, {"x": null}]] }, "negotiation_arrangement": "ffs" }
            """;
        string json = File(item);

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert
        Assert.Equal([$"J3490 HCPCS [] Professional {Tin} 61 negotiated"], sink.FeeLines);
        Assert.Null(sink.FeeRates[0].Description);
    }

    [Theory]
    [BufferSizes]
    public void EmptyInNetworkSendsOnlyTheHeader(int bufferSize)
    {
        // Arrange
        string json = File("");

        // Act
        RecordingSink sink = Read(json, bufferSize);

        // Assert
        Assert.Equal("Fixture Health|health insurance issuer|1.3.1|2024-01-15|||", sink.HeaderLine);
        Assert.Empty(sink.FeeRates);
        Assert.Empty(sink.Rejections);
    }
}
