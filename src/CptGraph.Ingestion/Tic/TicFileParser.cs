using CptGraph.Ingestion.Tic.Parallel;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// The state of reading one in-network-rates file: walks the root object once, in whatever order the
/// payer wrote its properties, and decides when output can be sent and when it must wait.
/// </summary>
/// <param name="pieces">For the parallel reader: the root arrays' elements arrive parsed, in pieces, instead of in <paramref name="json"/>.</param>
internal sealed partial class TicFileParser(
    JsonTokenStream json,
    ITicRateSink sink,
    TicProviderReferences? references = null,
    long spillThresholdBytes = TicPendingBuffer.DefaultSpillThresholdBytes,
    TicPieceQueue? pieces = null) : IDisposable
{
    private readonly TicHeaderFields _header = new();
    private readonly TicProviderReferences _references = references ?? new();
    private readonly TicPendingBuffer _pending = new(spillThresholdBytes);

    // Null until the header has been sent; everything found before that is held in _pending.
    private TicRateNormaliser? _normaliser;

    // True once a top-level provider_references array has been read to its end.
    private bool _referencesRead;

    private bool _sawInNetwork;

    public void Parse()
    {
        json.ReadStartObject();
        while (json.NextProperty(out string name))
        {
            ReadRootProperty(name);
        }

        if (json.Read())
        {
            throw json.Error("unexpected content after the root object");
        }

        if (!_sawInNetwork)
        {
            throw json.Error("no in_network array: this is not an in-network-rates file");
        }

        _normaliser ??= SendHeader();
        _pending.Flush(_normaliser, _references);
    }

    public void Dispose() => _pending.Dispose();

    private void ReadRootProperty(string name)
    {
        _header.NoteKey(name, json.TokenOffset);
        switch (name)
        {
            case "reporting_entity_name": _header.ReportingEntityName = json.ReadOptionalString(TicLimits.MaxNameBytes); break;
            case "reporting_entity_type": _header.ReportingEntityType = json.ReadOptionalString(TicLimits.MaxNameBytes); break;
            case "plan_name": _header.PlanName = json.ReadOptionalString(TicLimits.MaxNameBytes); break;
            case "plan_id": _header.PlanId = json.ReadOptionalString(TicLimits.MaxNameBytes); break;
            case "plan_market_type": _header.PlanMarketType = json.ReadOptionalString(TicLimits.MaxNameBytes); break;
            case "version": _header.Version = ReadVersion(); break;
            case "last_updated_on": _header.LastUpdatedOn = json.ReadDate(); break;
            case "provider_references": ReadProviderReferences(); break;
            case "in_network": ReadInNetwork(); break;

            // Other TiC file types fail fast with a message that says what they are.
            case "reporting_structure": throw NotInNetwork("table-of-contents");
            case "out_of_network": throw NotInNetwork("allowed-amounts");
            case "provider_groups": throw NotInNetwork("provider-reference");
            default: json.Skip(); break;
        }
    }

    private string? ReadVersion()
    {
        string? version = json.ReadOptionalString();
        if (version is not null && !TicSchemaVersion.IsSupported(version))
        {
            throw json.Error($"unsupported schema version '{version}'");
        }

        return version;
    }

    private TicRateNormaliser SendHeader()
    {
        sink.Header(_header.ToHeader());
        return new TicRateNormaliser(sink, _header.LastUpdatedOn);
    }

    private void Dispatch(TicItem item, TicRateEntry entry)
    {
        if (_pieceResults is not null)
        {
            _pieceResults.Add(new TicParsedEntry(item, entry), _pieceCancellation);
            return;
        }

        Route(item, entry);
    }

    private void Route(TicItem item, TicRateEntry entry)
    {
        bool waitsForReferences = entry.ReferenceIds.Count > 0 && !_referencesRead;
        if (_normaliser is null || waitsForReferences)
        {
            _pending.Add(item, entry);
        }
        else
        {
            _normaliser.Entry(item, entry, _references);
        }
    }

    private void Dispatch(TicArrangement arrangement)
    {
        if (_pieceResults is not null)
        {
            _pieceResults.Add(arrangement, _pieceCancellation);
            return;
        }

        Route(arrangement);
    }

    private void Route(TicArrangement arrangement)
    {
        if (_normaliser is null)
        {
            _pending.Add(arrangement);
        }
        else
        {
            _normaliser.Arrangement(arrangement);
        }
    }

    private IngestionException NotInNetwork(string fileType) =>
        json.Error($"this is a {fileType} file (its root has {json.PropertyName}), not an in-network-rates file");
}
