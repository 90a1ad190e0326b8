namespace CptGraph.Ingestion.Tic;

/// <summary>The root facts collected so far, and whether the ones the rules depend on have been seen.</summary>
internal sealed class TicHeaderFields
{
    private bool _hasReportingEntityName;
    private bool _hasVersion;
    private bool _hasLastUpdatedOn;
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly List<string> _warnings = [];

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

    /// <summary>
    /// Notes a root key; a second one is a warning (JSON leaves duplicates undefined, and the later value silently
    /// replacing the earlier one hid a conflicting reporting_entity_name). Only keys before in_network can still be
    /// reported, since the header is sent when rates start.
    /// </summary>
    public void NoteKey(string name, long offset)
    {
        if (!_keys.Add(name))
        {
            _warnings.Add($"the root key '{name}' appears again at byte {offset}; the later value is used");
        }
    }

    public TicFileHeader ToHeader() =>
        new(ReportingEntityName, ReportingEntityType, Version, LastUpdatedOn, PlanName, PlanId, PlanMarketType) { Warnings = [.. _warnings] };
}
