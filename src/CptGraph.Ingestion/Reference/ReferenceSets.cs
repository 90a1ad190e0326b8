using CptGraph.Ingestion.Reference.Hcpcs;
using CptGraph.Ingestion.Reference.Icd10Cm;
using CptGraph.Ingestion.Reference.Mue;
using CptGraph.Ingestion.Reference.NcciAddOns;
using CptGraph.Ingestion.Reference.NcciPtp;
using CptGraph.Ingestion.Reference.PlaceOfService;
using CptGraph.Ingestion.Reference.Taxonomies;

namespace CptGraph.Ingestion.Reference;

/// <summary>The official code sets by the word that names them on the command line (<c>import icd10cm FILE</c>).</summary>
public static class ReferenceSets
{
    public static readonly IReadOnlyDictionary<string, IReferenceSet> ByName = new Dictionary<string, IReferenceSet>(StringComparer.OrdinalIgnoreCase)
    {
        ["icd10cm"] = new Icd10CmSet(),
        ["hcpcs"] = new HcpcsSet(),
        ["pos"] = new PlaceOfServiceSet(),
        ["taxonomies"] = new TaxonomySet(),
        ["ncci-addons"] = new NcciAddOnSet(),
        ["mue"] = new MueSet(),
        ["ncci-ptp"] = new NcciPtpSet(),
    };
}
