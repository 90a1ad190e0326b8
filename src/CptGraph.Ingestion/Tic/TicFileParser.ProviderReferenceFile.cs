namespace CptGraph.Ingestion.Tic;

// A remote provider-reference file ({"provider_groups": [...], "version": ...}), read with the same group and
// TIN rules as inline groups; see RemoteProviderReferences.
internal sealed partial class TicFileParser
{
    /// <summary>The provider keys of a provider-reference file, in file order.</summary>
    public static List<string> ReadProviderReferenceFile(JsonTokenStream json)
    {
        var parser = new TicFileParser(json, NoOutput.Instance);
        var keys = new List<string>();
        json.ReadStartObject();
        while (json.NextProperty(out string name))
        {
            if (name == "provider_groups")
            {
                parser.ReadProviderGroups(keys);
            }
            else
            {
                json.Skip();
            }
        }

        return keys;
    }

    // Reading a provider-reference file produces keys, never rates.
    private sealed class NoOutput : ITicRateSink
    {
        public static readonly NoOutput Instance = new();

        public void Header(TicFileHeader header)
        {
        }

        public void FeeRate(TicFeeRate rate)
        {
        }

        public void SeparateRate(TicSeparateRate rate)
        {
        }

        public void Arrangement(TicArrangement arrangement)
        {
        }

        public void Rejected(TicRejection reason, long count)
        {
        }
    }
}
