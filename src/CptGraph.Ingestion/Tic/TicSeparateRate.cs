using CptGraph.Domain.Rates;

namespace CptGraph.Ingestion.Tic;

/// <summary>A percentage or per-diem rate for one provider TIN, kept apart from dollar distributions.</summary>
public sealed record TicSeparateRate(
    string BillingCode,
    string BillingCodeType,
    SeparateRateKind Kind,
    decimal Value,
    string ModifierKey,
    TicBillingClass BillingClass,
    string ProviderKey);
