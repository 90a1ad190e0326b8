using CptGraph.Domain.Codes;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.Codes;

public sealed class CodeQueryModel : QueryModel<Code>
{
    public CodeQueryModel()
        : base("Code", c => c.Value)
    {
        Scalar("code", c => c.Value);
        Scalar("codeType", c => c.CodeType);
        Scalar("description", c => c.Description);
        Scalar("title", c => c.Title);
        Scalar("headline", c => c.Headline);
        Scalar("summary", c => c.Summary);
        Scalar("significance", c => c.Significance);
        Scalar("overview", c => c.Overview);
        Scalar("serviceType", c => c.ServiceType);
        Scalar("siteOfService", c => c.SiteOfService);
        Scalar("serviceLine", c => c.ServiceLine);
        Scalar("clinicalContext", c => c.ClinicalContext);
        Scalar("usageNotes", c => c.UsageNotes);
        Scalar("scopeNote", c => c.ScopeNote);
        Scalar("contentSource", c => c.ContentSource);
        Scalar("descriptorLicensed", c => c.DescriptorLicensed);
        Scalar("longDescription", c => c.LongDescription);
        Scalar("shortDescription", c => c.ShortDescription);
        Scalar("actionCode", c => c.ActionCode);
        Scalar("coverageCode", c => c.CoverageCode);
        Scalar("multiplePricingIndicator", c => c.MultiplePricingIndicator);
        Scalar("betosCode", c => c.BetosCode);
        Computed("pricingIndicators", nameof(Code.PricingIndicators));
        Computed("addedDate", nameof(Code.AddedOn));
        Computed("actionEffectiveDate", nameof(Code.ActionEffectiveOn));
        Computed("terminationDate", nameof(Code.TerminatedOn));
        Computed("source", nameof(Code.IngestRunId));

        // What the rates field serves by default (the payers' PROFESSIONAL distributions of the unmodified code), so a filter
        // selects the codes whose listed rates match; the pooled aggregate (no payer) is not a payer's rate.
        List("rates", ServedDistributions.PayerRowsOf(RateSelection.Default));
        List<CodeModifier>("modifiers", c => c.Modifiers);
        List<Taxonomy>("taxonomies", c => c.Taxonomies.Select(l => l.Taxonomy));
        List<CodeDiagnosis>("diagnoses", c => c.Diagnoses);
        List<CodeRelation>("relatedCodes", c => c.RelatedCodes);

        AlwaysReads(nameof(Code.Id), nameof(Code.Value));
        Computed("missingMetadata", nameof(Code.Description), nameof(Code.Title), nameof(Code.Headline), nameof(Code.Summary),
            nameof(Code.Significance), nameof(Code.Overview), nameof(Code.ServiceType), nameof(Code.SiteOfService), nameof(Code.ServiceLine),
            nameof(Code.ClinicalContext), nameof(Code.UsageNotes), nameof(Code.ScopeNote));
    }
}
