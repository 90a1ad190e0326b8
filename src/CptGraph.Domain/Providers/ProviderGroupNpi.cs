namespace CptGraph.Domain.Providers;

/// <summary>One NPI of a <see cref="ProviderGroup"/>, a row of its own so SQL can join the NPIs to NPPES.</summary>
public sealed class ProviderGroupNpi
{
    public int ProviderGroupId { get; set; }

    /// <summary>The 10-digit NPI as text (NPPES keys NPIs as text too).</summary>
    public required string Npi { get; set; }
}
