using System.Linq.Expressions;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Payers;

namespace CptGraph.Domain.Rates;

/// <summary>
/// The one rule for which stored distributions are served, written once for every path that reads them (a code's
/// <c>rates</c> and <c>benchmark</c>, a payer's <c>rates</c>, <c>codes(where: { rates })</c>, the compiled batch query,
/// the outbox and the subscriptions):
/// <list type="bullet">
/// <item>a <see cref="RateSelection"/> reads one billing class, modifier set and screening choice;</item>
/// <item>each payer, and the pooled aggregate, is served in its latest vintage at or before <see cref="RateSelection.AsOf"/>,
/// the month chosen among the <em>unscreened</em> rows, so screening never swaps a payer's latest month for an older one
/// (a payer whose latest month is entirely flagged is left out of a screened answer);</item>
/// <item>served lists are in payer order: commercial payers by name, then Medicare, then the aggregate.</item>
/// </list>
/// Where SQL applies the rule it is an expression (a correlated <c>MAX</c> over the row's siblings); where the rows are
/// already loaded (a request's batch, an ingest's before/after) it is a function over them. Both say the same thing.
/// </summary>
public static class ServedDistributions
{
    private static readonly Func<RateDistribution, int> RankOf = PayerRank.Compile();

    // The billing class, modifier set and screening filter, written once; its arguments are parameters.
    private static readonly Expression<Func<RateDistribution, BillingClass, string, bool, bool>> SelectedBy =
        (d, billingClass, modifierKey, screened) => d.BillingClass == billingClass && d.ModifierKey == modifierKey && d.Screened == screened;

    private static readonly Func<RateDistribution, BillingClass, string, bool, bool> IsSelectedBy = SelectedBy.Compile();

    /// <summary>The payer order's first key: commercial payers 0, Medicare 1, the aggregate (no payer) 2.</summary>
    public static Expression<Func<RateDistribution, int>> PayerRank => d => d.Payer == null ? 2 : d.Payer.Kind == PayerKind.Medicare ? 1 : 0;

    /// <summary>The payer order's second key: the payer's name.</summary>
    public static Expression<Func<RateDistribution, string>> PayerName => d => d.Payer!.Name;

    /// <summary>For SQL: the rows of the selection's billing class, modifier set and screening choice, of every vintage.</summary>
    public static Expression<Func<RateDistribution, bool>> Selected(RateSelection selection)
    {
        // Members of a constant, not constants: EF Core sends each as a parameter and caches one plan for every selection.
        var d = SelectedBy.Parameters[0];
        var held = Expression.Constant(selection);
        return Expression.Lambda<Func<RateDistribution, bool>>(new Substitution(new()
        {
            [SelectedBy.Parameters[1]] = Expression.Property(held, nameof(RateSelection.BillingClass)),
            [SelectedBy.Parameters[2]] = Expression.Property(held, nameof(RateSelection.ModifierKey)),
            [SelectedBy.Parameters[3]] = Expression.Property(held, nameof(RateSelection.Screened)),
        }).Visit(SelectedBy.Body), d);
    }

    /// <summary>
    /// The selection filter inside a query written in C# (a compiled query, whose arguments are its own parameters):
    /// <see cref="Expand{T}"/> replaces the call with the filter's expression, so SQL receives the same rule.
    /// </summary>
    public static bool IsSelected(RateDistribution d, BillingClass billingClass, string modifierKey, bool screened) =>
        IsSelectedBy(d, billingClass, modifierKey, screened);

    /// <summary>Inlines every <see cref="IsSelected"/> call of <paramref name="query"/>, for a query provider to translate.</summary>
    public static Expression<T> Expand<T>(Expression<T> query) => (Expression<T>)new SelectionInliner().Visit(query);

    /// <summary>For SQL over distributions (a payer's rates): the selected rows in their payer's served vintage.</summary>
    public static Expression<Func<RateDistribution, bool>> Served(RateSelection selection)
    {
        var selected = Selected(selection);
        var d = selected.Parameters[0];
        var siblings = Expression.Property(Expression.Property(d, nameof(RateDistribution.Code)), nameof(Code.Rates));
        return Expression.Lambda<Func<RateDistribution, bool>>(Expression.AndAlso(selected.Body, InServedVintage(selection.AsOf, d, siblings)), d);
    }

    /// <summary>For SQL over codes (<c>codes(where: { rates })</c>): a code's served payer rows, the aggregate left out.</summary>
    public static Expression<Func<Code, IEnumerable<RateDistribution>>> PayerRowsOf(RateSelection selection)
    {
        var code = Expression.Parameter(typeof(Code), "c");
        var rates = Expression.Property(code, nameof(Code.Rates));
        var selected = Selected(selection);
        var d = selected.Parameters[0];
        var isPayer = Expression.NotEqual(Expression.Property(d, nameof(RateDistribution.PayerId)), Expression.Constant(null, typeof(int?)));
        var row = Expression.Lambda<Func<RateDistribution, bool>>(
            Expression.AndAlso(isPayer, Expression.AndAlso(selected.Body, InServedVintage(selection.AsOf, d, rates))), d);
        return Expression.Lambda<Func<Code, IEnumerable<RateDistribution>>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(RateDistribution)], rates, row), code);
    }

    /// <summary>
    /// In memory: the <paramref name="rows"/> in their payer's served vintage, the months chosen among
    /// <paramref name="unscreened"/> (the same code's rows of every vintage, unscreened; for an unscreened selection, the
    /// rows themselves). Rows are grouped by code, billing class, modifier set and payer, so one call serves many codes.
    /// </summary>
    public static List<RateDistribution> Latest(IEnumerable<RateDistribution> unscreened, IEnumerable<RateDistribution> rows, string? asOf)
    {
        var months = new Dictionary<(int, BillingClass, string, int?), string>();
        foreach (var d in unscreened)
        {
            if (Vintages.IsAtOrBefore(d.VintageMonth, asOf)
                && (!months.TryGetValue(Group(d), out var month) || string.CompareOrdinal(d.VintageMonth, month) > 0))
            {
                months[Group(d)] = d.VintageMonth;
            }
        }

        return rows.Where(d => months.TryGetValue(Group(d), out var month) && month == d.VintageMonth).ToList();
    }

    /// <summary>In memory: <paramref name="distributions"/> (their <see cref="RateDistribution.Payer"/> set) in payer order.</summary>
    public static IEnumerable<T> InPayerOrder<T>(IEnumerable<T> distributions, Func<T, RateDistribution> distribution) =>
        distributions.OrderBy(x => RankOf(distribution(x))).ThenBy(x => distribution(x).Payer?.Name, StringComparer.Ordinal);

    // The month a row's payer is served in: the latest unscreened month of its siblings (the code's rows) with the same
    // payer, billing class and modifier set, at or before asOf.
    private static Expression InServedVintage(string? asOf, ParameterExpression d, Expression siblings)
    {
        Expression<Func<RateDistribution, IEnumerable<RateDistribution>, bool>> rule = (row, all) => row.VintageMonth == all
            .Where(v => v.PayerId == row.PayerId && v.BillingClass == row.BillingClass && v.ModifierKey == row.ModifierKey && !v.Screened
                && (asOf == null || string.Compare(v.VintageMonth, asOf) <= 0))
            .Max(v => v.VintageMonth);
        return new Substitution(new() { [rule.Parameters[0]] = d, [rule.Parameters[1]] = siblings }).Visit(rule.Body);
    }

    private static (int, BillingClass, string, int?) Group(RateDistribution d) => (d.CodeId, d.BillingClass, d.ModifierKey, d.PayerId);

    private sealed class Substitution(Dictionary<ParameterExpression, Expression> values) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => values.GetValueOrDefault(node, node);
    }

    private sealed class SelectionInliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(ServedDistributions) || node.Method.Name != nameof(IsSelected))
            {
                return base.VisitMethodCall(node);
            }

            var values = new Dictionary<ParameterExpression, Expression>();
            for (var i = 0; i < node.Arguments.Count; i++)
            {
                values[SelectedBy.Parameters[i]] = Visit(node.Arguments[i]);
            }

            return new Substitution(values).Visit(SelectedBy.Body);
        }
    }
}
