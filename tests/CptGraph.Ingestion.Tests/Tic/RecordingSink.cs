using System.Globalization;
using CptGraph.Ingestion.Tic;

namespace CptGraph.Ingestion.Tests.Tic;

/// <summary>Keeps everything a reader reports, and fails fast when the sink contract (header first, once) is broken.</summary>
public sealed class RecordingSink : ITicRateSink
{
    public TicFileHeader? FileHeader { get; private set; }

    public List<TicFeeRate> FeeRates { get; } = [];

    public List<TicSeparateRate> SeparateRates { get; } = [];

    public List<TicArrangement> Arrangements { get; } = [];

    public Dictionary<TicRejection, long> Rejections { get; } = [];

    /// <summary>The header as <c>entity|type|version|yyyy-MM-dd|plan|plan id|market</c>.</summary>
    public string? HeaderLine => FileHeader is not { } h ? null :
        $"{h.ReportingEntityName}|{h.ReportingEntityType}|{h.Version}|{h.LastUpdatedOn:yyyy-MM-dd}|{h.PlanName}|{h.PlanId}|{h.PlanMarketType}";

    /// <summary>Rejection totals as <c>Reason=count</c>, in enum order.</summary>
    public List<string> RejectionLines => Rejections.OrderBy(r => r.Key).Select(r => $"{r.Key}={r.Value}").ToList();

    /// <summary>Fee rates as <c>CODE TYPE [MODS] CLASS PROVIDER AMOUNT NEGOTIATED_TYPE</c>, for whole-list asserts.</summary>
    public List<string> FeeLines => FeeRates.Select(r =>
        $"{r.BillingCode} {r.BillingCodeType} [{r.ModifierKey}] {r.BillingClass} {r.ProviderKey} {Amount(r.Amount)} {r.NegotiatedType}").ToList();

    /// <summary>Separate rates as <c>CODE TYPE KIND VALUE [MODS] CLASS PROVIDER</c>.</summary>
    public List<string> SeparateLines => SeparateRates.Select(r =>
        $"{r.BillingCode} {r.BillingCodeType} {r.Kind} {Amount(r.Value)} [{r.ModifierKey}] {r.BillingClass} {r.ProviderKey}").ToList();

    /// <summary>Arrangements as <c>ARRANGEMENT TYPE:CODE -> CONTAINED (RATES)</c>.</summary>
    public List<string> ArrangementLines => Arrangements.Select(a =>
        $"{a.Arrangement} {a.BillingCodeType}:{a.BillingCode} -> {string.Join(",", a.ContainedCodes)} ({a.RateCount})").ToList();

    public void Header(TicFileHeader header)
    {
        if (FileHeader is not null)
        {
            throw new InvalidOperationException("Header was called twice.");
        }

        FileHeader = header;
    }

    public void FeeRate(TicFeeRate rate)
    {
        RequireHeader();
        FeeRates.Add(rate);
    }

    public void SeparateRate(TicSeparateRate rate)
    {
        RequireHeader();
        SeparateRates.Add(rate);
    }

    public void Arrangement(TicArrangement arrangement)
    {
        RequireHeader();
        Arrangements.Add(arrangement);
    }

    public void Rejected(TicRejection reason, long count)
    {
        RequireHeader();
        Assert.True(count > 0, $"Rejected({reason}) with count {count}");
        Rejections[reason] = Rejections.GetValueOrDefault(reason) + count;
    }

    private static string Amount(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private void RequireHeader()
    {
        if (FileHeader is null)
        {
            throw new InvalidOperationException("Output arrived before Header.");
        }
    }
}
