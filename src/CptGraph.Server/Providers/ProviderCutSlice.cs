namespace CptGraph.Server.Providers;

/// <summary>One payer vintage's observations of one code: what a cut distribution pools (one slice, or the aggregate's several).</summary>
internal readonly record struct ProviderCutSlice(int CodeId, int PayerId, string Month);
