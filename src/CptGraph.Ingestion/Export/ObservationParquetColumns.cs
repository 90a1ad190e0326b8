using Parquet.Schema;

namespace CptGraph.Ingestion.Export;

/// <summary>
/// The columns of an exported observation file. Payer and vintage are not columns: they are the Hive partition
/// directories (<c>payer=…/vintage=…/</c>), which DuckDB, Spark and Trino turn back into columns.
/// </summary>
public static class ObservationParquetColumns
{
    /// <summary>Decimal places of <see cref="Amount"/>: every stored amount fits exactly (a finer one is refused).</summary>
    public const int AmountScale = 10;

    public static DataField<string> BillingCode { get; } = new("billing_code", false);
    public static DataField<string> BillingCodeType { get; } = new("billing_code_type", false);

    /// <summary>professional, institutional or both, as TiC files spell it.</summary>
    public static DataField<string> BillingClass { get; } = new("billing_class", false);

    /// <summary>The sorted modifiers joined by <c>,</c>; empty for the unmodified code.</summary>
    public static DataField<string> Modifiers { get; } = new("modifiers", false);

    /// <summary><c>tin:ein:123456789</c>, <c>tin:npi:1111111111</c> or, for Medicare, <c>locality:01112-05</c>.</summary>
    public static DataField<string> ProviderKey { get; } = new("provider_key", false);

    public static DecimalDataField Amount { get; } = new("amount", 28, AmountScale, false, false);
    public static DataField<string> NegotiatedType { get; } = new("negotiated_type", false);

    /// <summary>The screening rules the observation failed (bitmask: 1 zero/sentinel, 2 Medicare ratio, 4 log fence, 8 ghost).</summary>
    public static DataField<int> ScreeningFlags { get; } = new("screening_flags", false);

    public static DataField<int> IngestRunId { get; } = new("ingest_run_id", false);

    /// <summary>The element of <see cref="Npis"/>: written and read through it (a list's values are its element column).</summary>
    public static DataField<string> Npi { get; } = new("element", true);

    /// <summary>The provider group's NPIs, a list of 10-digit strings, sorted; empty for none (and for Medicare).</summary>
    public static ListField Npis { get; } = new("npis", Npi);

    /// <summary>The element of <see cref="ServiceCodes"/>.</summary>
    public static DataField<string> ServiceCode { get; } = new("element", true);

    /// <summary>The negotiated price's <c>service_code</c> place-of-service codes, a sorted list; empty when the file gave none.</summary>
    public static ListField ServiceCodes { get; } = new("service_codes", ServiceCode);

    public static ParquetSchema Schema { get; } = new(BillingCode, BillingCodeType, BillingClass, Modifiers, ProviderKey, Amount,
        NegotiatedType, ScreeningFlags, IngestRunId, Npis, ServiceCodes);
}
