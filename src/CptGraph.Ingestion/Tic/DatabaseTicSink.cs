using CptGraph.Domain.Live;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.Ingestion.Payers;
using CptGraph.Ingestion.Storage;

namespace CptGraph.Ingestion.Tic;

/// <summary>Stores what the reader finds in the file's transaction and counts what each rule did.</summary>
internal sealed class DatabaseTicSink(IngestUnitOfWork work, IReadOnlyList<Payer> payers, string? payerOverride) : ITicRateSink
{
    /// <summary>A big payer file reports how far it got every so many stored observations.</summary>
    private const int ProgressEvery = 100_000;

    private int _payerId;
    private DateOnly? _vintage;

    public List<string> Warnings { get; } = [];

    public void Header(TicFileHeader header)
    {
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
    }

    public void FeeRate(TicFeeRate rate)
    {
        var writer = work.Writer;
        var codeId = writer.CodeId(rate.BillingCode, rate.BillingCodeType, rate.Description, work.Run.Source);
        var counts = work.Run.Counts;
        if (!writer.AddObservation(_payerId, codeId, rate.ModifierKey, rate.BillingClass, rate.ProviderKey, rate.Amount, rate.NegotiatedType, _vintage))
        {
            counts.Duplicate++;
            return;
        }

        counts.Kept++;
        if (counts.Kept % ProgressEvery == 0)
        {
            work.ReportProgress(IngestPhases.Reading);
        }

        counts.Modifier += rate.ModifierKey.Length > 0 ? 1 : 0;
        counts.NonProfessional += rate.BillingClass == TicBillingClass.Institutional ? 1 : 0;
    }

    public void SeparateRate(TicSeparateRate rate)
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

    public void Arrangement(TicArrangement arrangement) =>
        work.Writer.AddArrangement(_payerId, arrangement.Arrangement, arrangement.BillingCode, arrangement.BillingCodeType,
            string.Join(",", arrangement.ContainedCodes), arrangement.RateCount);

    public void Rejected(TicRejection reason, long count)
    {
        var counts = work.Run.Counts;
        switch (reason)
        {
            case TicRejection.Expired: counts.Expired += count; break;
            case TicRejection.Zero: counts.Zero += count; break;
            case TicRejection.NonFfs: counts.NonFfs += count; break;
            case TicRejection.OtherCodeType: counts.OtherCodeType += count; break;
            case TicRejection.UnresolvedProvider: counts.UnresolvedProvider += count; break;
        }
    }
}
