using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Live;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.Ingestion.Payers;
using CptGraph.Ingestion.Storage;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// The writer thread's half of an ingest: stores each batch in the file's transaction and counts what each
/// rule did. It alone touches the connection, which is not thread-safe.
/// </summary>
internal sealed class TicBatchWriter(IngestUnitOfWork work, IReadOnlyList<Payer> payers, string? payerOverride)
{
    // Rows are written per category (has modifier × institutional) because a multi-row insert reports only how
    // many rows were new, and the run counts new modifier and institutional rows separately. Rows of different
    // categories never share a unique key, so the reordering cannot change which duplicate wins.
    private readonly ObservationRow[][] _categories = [.. Enumerable.Range(0, 4).Select(_ => new ObservationRow[TicBatch.Capacity])];
    /// <summary>A big payer file reports how far it got every so many stored observations.</summary>
    private const int ProgressEvery = 100_000;

    private readonly int[] _categoryCounts = new int[4];
    private int _payerId;
    private DateOnly? _vintage;

    public List<string> Warnings { get; } = [];

    public void Write(TicBatch batch)
    {
        if (batch.Header is { } header)
        {
            Header(header);
        }

        WriteFeeRates(batch.FeeRates);
        foreach (var rate in batch.SeparateRates)
        {
            SeparateRate(rate);
        }

        foreach (var arrangement in batch.Arrangements)
        {
            work.Writer.AddArrangement(_payerId, arrangement.Arrangement, arrangement.BillingCode, arrangement.BillingCodeType,
                string.Join(",", arrangement.ContainedCodes), arrangement.RateCount);
        }
    }

    private void Header(TicFileHeader header)
    {
        Warnings.AddRange(header.Warnings);
        var resolution = PayerResolver.Resolve(payers, header.ReportingEntityName, payerOverride);
        if (resolution.Warning is not null)
        {
            work.Db.Payers.Add(resolution.Payer);
            work.Db.SaveChanges();
            Warnings.Add(resolution.Warning);
        }

        _payerId = resolution.Payer.Id;
        _vintage = header.LastUpdatedOn;
        var run = work.Run;
        run.PayerId = _payerId;
        run.ReportingEntityName = header.ReportingEntityName;
        run.SchemaVersion = header.Version;
        run.LastUpdatedOn = header.LastUpdatedOn;
        run.PlanName = header.PlanName;
        if (run.Plans.Count == 0 && (header.PlanName ?? header.PlanId) is not null)
        {
            // A single-plan file names its plan at the root; a table of contents, when given, already did.
            run.Plans.Add(new IngestRunPlan { PlanName = header.PlanName, PlanId = header.PlanId, PlanMarketType = header.PlanMarketType });
        }
    }

    private void WriteFeeRates(List<TicFeeRate> rates)
    {
        var writer = work.Writer;
        Array.Clear(_categoryCounts);
        foreach (var rate in rates)
        {
            var codeId = writer.CodeId(rate.BillingCode, rate.BillingCodeType, rate.Description, work.Run.Source);
            var category = (rate.ModifierKey.Length > 0 ? 1 : 0) | (rate.BillingClass == TicBillingClass.Institutional ? 2 : 0);
            _categories[category][_categoryCounts[category]++] =
                new ObservationRow(codeId, rate.ModifierKey, rate.BillingClass, rate.ProviderKey, rate.Amount, rate.NegotiatedType,
                    writer.ProviderGroupId(rate.ProviderKey, rate.Npis), rate.ServiceCodes);
        }

        var counts = work.Run.Counts;
        for (var category = 0; category < _categories.Length; category++)
        {
            var rows = _categoryCounts[category];
            if (rows == 0)
            {
                continue;
            }

            var keptBefore = counts.Kept;
            var kept = writer.AddObservations(_payerId, _vintage, _categories[category].AsSpan(0, rows));
            counts.Kept += kept;
            if (counts.Kept / ProgressEvery != keptBefore / ProgressEvery)
            {
                work.ReportProgress(IngestPhases.Reading);
            }

            counts.Duplicate += rows - kept;
            counts.Modifier += (category & 1) != 0 ? kept : 0;
            counts.NonProfessional += (category & 2) != 0 ? kept : 0;
        }
    }

    private void SeparateRate(TicSeparateRate rate)
    {
        work.Writer.AddSeparateRate(_payerId, rate.BillingCode, rate.BillingCodeType, rate.Kind, rate.Value, rate.BillingClass, rate.ModifierKey, rate.ProviderKey);
        if (rate.Kind == SeparateRateKind.Percentage)
        {
            work.Run.Counts.Percentage++;
        }
        else
        {
            work.Run.Counts.PerDiem++;
        }
    }
}
