namespace CptGraph.Domain.Rates;

/// <summary>Which TiC billing classes feed which distribution.</summary>
public static class BillingClassRules
{
    /// <summary>The TiC billing classes whose observations count towards <paramref name="billingClass"/>.</summary>
    public static IReadOnlyList<TicBillingClass> Sources(BillingClass billingClass) => billingClass switch
    {
        BillingClass.Professional => [TicBillingClass.Professional, TicBillingClass.Both],
        _ => [TicBillingClass.Institutional, TicBillingClass.Both],
    };

    /// <summary>Parses a TiC <c>billing_class</c> value; null when it is not one the schemas allow.</summary>
    public static TicBillingClass? ParseTic(string? value) => value switch
    {
        "professional" => TicBillingClass.Professional,
        "institutional" => TicBillingClass.Institutional,
        "both" => TicBillingClass.Both,
        _ => null,
    };
}
