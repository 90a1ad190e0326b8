using System.Globalization;

namespace CptGraph.Domain.Rates;

/// <summary>
/// How a file's <c>last_updated_on</c> maps to the month its rates belong to: the month is <c>yyyy-MM</c> of that
/// date (files are published monthly, and a re-publication later in the month replaces nothing: its rates
/// deduplicate into the same month). A file without <c>last_updated_on</c> gets the empty month, which sorts
/// before every real month. Medicare's vintage is January of the fee-schedule year.
/// </summary>
public static class Vintages
{
    /// <summary>The month of an undated file.</summary>
    public const string Undated = "";

    public static string MonthOf(DateOnly? lastUpdatedOn) =>
        lastUpdatedOn is { } date ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Undated;

    /// <summary>Parses an <c>asOf</c> month, <c>yyyy-MM</c> exactly; false for anything else.</summary>
    public static bool TryParseMonth(string? text, out string month)
    {
        month = "";
        if (text is null || text.Length != 7
            || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        month = MonthOf(date);
        return true;
    }

    /// <summary>True when <paramref name="month"/> is at or before <paramref name="asOf"/> (null: no limit).</summary>
    public static bool IsAtOrBefore(string month, string? asOf) => asOf is null || string.CompareOrdinal(month, asOf) <= 0;
}
