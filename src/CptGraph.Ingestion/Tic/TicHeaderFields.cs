namespace CptGraph.Ingestion.Tic;

/// <summary>The root facts collected so far, and whether the ones the rules depend on have been seen.</summary>
internal sealed class TicHeaderFields
{
    private bool _hasReportingEntityName;
    private bool _hasVersion;
    private bool _hasLastUpdatedOn;

    public string? ReportingEntityName
    {
        get;
        set
        {
            field = value;
            _hasReportingEntityName = true;
        }
    }

    public string? ReportingEntityType { get; set; }

    /// <summary>Already checked by <see cref="TicSchemaVersion.IsSupported"/>; null when the file has none.</summary>
    public string? Version
    {
        get;
        set
        {
            field = value;
            _hasVersion = true;
        }
    }

    public DateOnly? LastUpdatedOn
    {
        get;
        set
        {
            field = value;
            _hasLastUpdatedOn = true;
        }
    }

    public string? PlanName { get; set; }

    public string? PlanId { get; set; }

    public string? PlanMarketType { get; set; }

    /// <summary>
    /// True once reporting_entity_name, version and last_updated_on have all appeared: expiry needs the date
    /// and the sink needs the entity. Until then nothing can be sent, so rates are held back.
    /// </summary>
    public bool IsKnown => _hasReportingEntityName && _hasVersion && _hasLastUpdatedOn;

    public TicFileHeader ToHeader() =>
        new(ReportingEntityName, ReportingEntityType, Version, LastUpdatedOn, PlanName, PlanId, PlanMarketType);
}
