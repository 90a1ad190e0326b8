using System.Globalization;
using CptGraph.Ingestion.Reference.Tables;

namespace CptGraph.Ingestion.Reference;

/// <summary>The date forms of the official files: <c>YYYYMMDD</c> (HCPCS, PTP) and <c>YYYYDDD</c> (NCCI add-on edits: year and day of year).</summary>
public static class ReferenceDates
{
    /// <summary>An optional <c>YYYYMMDD</c> cell (empty or <c>*</c> is none).</summary>
    public static DateOnly? YearMonthDay(string path, TableRecord record, int column, string name)
    {
        var text = TableColumns.Text(record, column);
        if (text is "" or "*")
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw TableColumns.Error(path, record, name, $"'{text}' is not a YYYYMMDD date");
    }

    /// <summary>An optional <c>YYYYDDD</c> cell: 2013091 is 1 April 2013.</summary>
    public static DateOnly? YearDay(string path, TableRecord record, int column, string name)
    {
        var text = TableColumns.Text(record, column);
        if (text is "" or "*")
        {
            return null;
        }

        if (text.Length == 7 && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year is >= 1900 and <= 9999 && day >= 1 && day <= (DateTime.IsLeapYear(year) ? 366 : 365))
        {
            return new DateOnly(year, 1, 1).AddDays(day - 1);
        }

        throw TableColumns.Error(path, record, name, $"'{text}' is not a YYYYDDD (year and day of year) date");
    }
}
