using System.Diagnostics;
using System.Runtime.InteropServices;
using CptGraph.Data;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.Ingestion.Runs;
using CptGraph.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CptGraph.Ingestion.Medicare;

/// <summary>
/// <c>ingest medicare</c>: prices every status A/R/T row at every Medicare locality and stores one observation
/// per locality (PROFESSIONAL: non-facility PE, facility PE where non-facility is NA). Its vintage is January of
/// the fee-schedule year: a schedule replaces the Medicare observations of the same year and keeps other years',
/// so rates as of a month compare with the Medicare schedule in force then. The RVU rows of every year are kept.
/// </summary>
public sealed class MedicareIngestor(IDbContextFactory<CptGraphDbContext> factory, ILogger<MedicareIngestor> logger)
{
    /// <summary>Ingests one schedule; a rejected one is recorded as a FAILED run (and a repeat as SKIPPED), like a TiC file.</summary>
    public async Task<IngestResult> IngestAsync(MedicareIngestOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var run = new IngestRun
        {
            Kind = IngestRunKinds.Medicare,
            Source = $"{Path.GetFullPath(options.RvuPath)} + {Path.GetFullPath(options.GpciPath)}",
            Sha256 = "",
            StartedAt = DateTimeOffset.UtcNow,
        };
        try
        {
            return await IngestOrSkipAsync(options, run, clock, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            run.DurationSeconds = clock.Elapsed.TotalSeconds;
            await IngestRunRecorder.RecordFailureAsync(factory, run, e, logger, cancellationToken);
            throw;
        }
    }

    private async Task<IngestResult> IngestOrSkipAsync(MedicareIngestOptions options, IngestRun run, Stopwatch clock, CancellationToken cancellationToken)
    {
        var fingerprint = FileFingerprint.Combine(
            [await FileFingerprint.OfAsync(options.RvuPath, cancellationToken), await FileFingerprint.OfAsync(options.GpciPath, cancellationToken)],
            $"cf={options.ConversionFactor};year={options.Year};codes={string.Join(",", (options.Codes ?? new HashSet<string>()).Order(StringComparer.Ordinal))}");
        run.Sha256 = fingerprint.Sha256;
        run.Bytes = fingerprint.Bytes;
        var previous = await PreviousRuns.FindAsync(factory, IngestRunKinds.Medicare, fingerprint.Sha256, cancellationToken);
        if (previous is not null)
        {
            run.DurationSeconds = clock.Elapsed.TotalSeconds;
            return await IngestRunRecorder.RecordSkipAsync(factory, run, previous, "identical input", logger, cancellationToken);
        }

        var localities = GpciFileReader.ReadFile(options.GpciPath);
        var rows = RvuFileReader.ReadFile(options.RvuPath, options.Year)
            .Where(r => options.Year is null || r.Year == options.Year)
            .Where(r => options.Codes is not { Count: > 0 } || options.Codes.Contains(r.Hcpcs))
            .Select(r => options.ConversionFactor is { } cf ? r with { ConversionFactor = cf } : r)
            .ToList();
        var year = options.Year ?? rows.Select(r => r.Year).FirstOrDefault(y => y is not null)
            ?? throw new IngestionException(options.RvuPath, "header", "the file has no YEAR column: pass --year");

        run.LastUpdatedOn = new DateOnly(year, 1, 1);
        run.PlanName = $"Medicare Physician Fee Schedule {year}";
        await using var work = await IngestUnitOfWork.BeginAsync(factory, run, cancellationToken);
        var medicare = await work.Db.Payers.FirstOrDefaultAsync(p => p.Kind == PayerKind.Medicare, cancellationToken)
            ?? throw new IngestionException(options.RvuPath, "payers", "no MEDICARE payer exists: import the payer catalog first");
        run.PayerId = medicare.Id;

        var vintage = work.Db.RateObservations.Where(o => o.PayerId == medicare.Id && o.VintageMonth == Vintages.MonthOf(run.LastUpdatedOn));
        var replaced = await vintage.Select(o => o.CodeId).Distinct().ToListAsync(cancellationToken);
        await vintage.ExecuteDeleteAsync(cancellationToken);
        var yearFees = work.Db.MedicareFees.Where(f => f.Year == year);
        if (options.Codes is { Count: > 0 } codes)
        {
            var codeIds = work.Db.Codes.Where(c => codes.Contains(c.Value)).Select(c => c.Id);
            yearFees = yearFees.Where(f => codeIds.Contains(f.CodeId));
        }

        await yearFees.ExecuteDeleteAsync(cancellationToken);

        // The year's GPCIs, so any code's facility and non-facility amounts can be priced per locality on request.
        await work.Db.MedicareLocalities.Where(l => l.Year == year).ExecuteDeleteAsync(cancellationToken);
        work.Db.MedicareLocalities.AddRange(localities.Select(l => new MedicareLocality
        {
            Year = year, Mac = l.Mac, LocalityNumber = l.LocalityNumber, State = l.State, Name = l.LocalityName,
            WorkGpci = l.Work, PeGpci = l.Pe, MpGpci = l.Mp, IngestRunId = run.Id,
        }));
        var payments = new List<ObservationRow>(PaymentsPerWrite + 200);
        foreach (var row in rows)
        {
            Store(work, row, year, localities, payments);
            if (payments.Count >= PaymentsPerWrite)
            {
                WritePayments(work, medicare.Id, year, payments);
            }
        }

        WritePayments(work, medicare.Id, year, payments);

        await work.CommitAsync(replaced, cancellationToken);
        logger.LogInformation("Ingested Medicare fee schedule {Year} from {Source} as run {RunId}: {Rows} RVU rows, {Kept} locality payments in {Seconds:F2}s",
            year, options.RvuPath, run.Id, rows.Count, run.Counts.Kept, run.DurationSeconds);
        return new IngestResult(run, false, []);
    }

    // Locality payments are stored in batches through the writer's multi-row path (a full schedule has over a million).
    private const int PaymentsPerWrite = 4096;

    private static void WritePayments(IngestUnitOfWork work, int medicareId, int year, List<ObservationRow> payments)
    {
        var kept = work.Writer.AddObservations(medicareId, new DateOnly(year, 1, 1), CollectionsMarshal.AsSpan(payments));
        work.Run.Counts.Kept += kept;
        work.Run.Counts.Duplicate += payments.Count - kept;
        payments.Clear();
    }

    // Every row becomes a code, priced or not (status X, I, ...): an analyst looks up an unpaid code's status and
    // indicators as much as a paid one's. The DESCRIPTION column (AMA text) is never read, so a new CPT code has no
    // descriptor and says descriptorLicensed: false.
    private static void Store(IngestUnitOfWork work, RvuRow row, int year, IReadOnlyList<Gpci> localities, List<ObservationRow> payments)
    {
        var priced = MedicarePricing.IsPriced(row.Status);

        var codeId = work.Writer.CodeId(row.Hcpcs, row.Hcpcs.Length == 5 && char.IsLetter(row.Hcpcs[0]) ? "HCPCS" : "CPT", null, work.Run.Source);
        work.Db.MedicareFees.Add(new MedicareFee
        {
            CodeId = codeId,
            Modifier = row.Modifier,
            Year = year,
            Status = row.Status,
            WorkRvu = row.WorkRvu,
            NonFacilityPeRvu = row.NonFacilityPeRvu,
            NonFacilityNotPriced = row.NonFacilityNa,
            FacilityPeRvu = row.FacilityPeRvu,
            FacilityNotPriced = row.FacilityNa,
            MalpracticeRvu = row.MpRvu,
            ConversionFactor = row.ConversionFactor,
            GlobalDays = row.GlobalDays,
            PcTcIndicator = row.Indicators?.PcTc,
            MultipleProcedure = row.Indicators?.MultipleProcedure,
            BilateralSurgery = row.Indicators?.Bilateral,
            AssistantSurgery = row.Indicators?.Assistant,
            CoSurgeons = row.Indicators?.CoSurgeons,
            TeamSurgery = row.Indicators?.Team,
            EndoscopicBase = row.Indicators?.EndoscopicBase,
            PhysicianSupervision = row.Indicators?.PhysicianSupervision,
            ImagingFamily = row.Indicators?.ImagingFamily,
            NotUsedForMedicarePayment = row.Indicators?.NotUsedForMedicarePayment,
            NonFacilityNationalAmount = priced ? MedicarePricing.NonFacilityAmount(row) : null,
            FacilityNationalAmount = priced ? MedicarePricing.FacilityAmount(row) : null,
            IngestRunId = work.Run.Id,
        });
        if (!priced)
        {
            return;
        }

        foreach (var payment in MedicarePricing.LocalityPayments(row, localities))
        {
            payments.Add(new ObservationRow(codeId, row.Modifier, TicBillingClass.Professional,
                $"locality:{payment.Mac}-{payment.LocalityNumber}", payment.Amount, "fee schedule"));
        }
    }
}
