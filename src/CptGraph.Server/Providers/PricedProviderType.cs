using GraphQL.Types;

namespace CptGraph.Server.Providers;

public sealed class PricedProviderType : ObjectGraphType<PricedProvider>
{
    public PricedProviderType()
    {
        Name = "PricedProvider";
        Description = "A provider TIN with rates for the code, named from NPPES through its provider groups' NPIs (docs/domain-rules.md, \"Provider listing\").";
        Field<NonNullGraphType<StringGraphType>>("tin").Description("The TIN as the files give it, e.g. \"11-0000001\".")
            .Resolve(c => c.Source.ProviderKey[(c.Source.ProviderKey.LastIndexOf(':') + 1)..]);
        Field<NonNullGraphType<StringGraphType>>("tinType").Description("\"ein\", or \"npi\" for an individual billing under an NPI.")
            .Resolve(c => c.Source.ProviderKey.Split(':')[1]);
        Field<StringGraphType>("name").Description("The organisation's legal business name, else the individual's \"First Last\"; null when no NPI of the TIN is in NPPES.")
            .Resolve(c => c.Source.Resolved?.DisplayName);
        Field<StringGraphType>("npi").Description("The NPI the name, taxonomy and state come from.").Resolve(c => c.Source.Resolved?.Npi);
        Field<StringGraphType>("taxonomy").Description("That NPI's primary taxonomy code (NUCC), e.g. \"207R00000X\".").Resolve(c => c.Source.Resolved?.PrimaryTaxonomy);
        Field<StringGraphType>("state").Description("That NPI's practice location state.").Resolve(c => c.Source.Resolved?.PracticeState);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProviderRateType>>>>("rates")
            .Description("Each payer's amounts with this TIN, payers by name, then amount.").Resolve(c => c.Source.Rates);
    }
}
