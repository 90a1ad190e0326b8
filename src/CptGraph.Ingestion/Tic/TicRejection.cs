namespace CptGraph.Ingestion.Tic;

/// <summary>Why a negotiated price did not become a fee observation (one count per provider TIN it covers).</summary>
public enum TicRejection
{
    /// <summary><c>expiration_date</c> before the file's <c>last_updated_on</c>.</summary>
    Expired,
    /// <summary>A dollar <c>negotiated_rate</c> of zero or less.</summary>
    Zero,
    /// <summary>An item whose <c>negotiation_arrangement</c> is not ffs (each of its prices).</summary>
    NonFfs,
    /// <summary>A <c>billing_code_type</c> other than CPT or HCPCS.</summary>
    OtherCodeType,
    /// <summary>A provider reference that could not be resolved (unknown id or a remote <c>location</c>).</summary>
    UnresolvedProvider,
}
