namespace CptGraph.Server.Positions.Exports;

/// <summary>
/// The GraphQL operations the CSV exports run, as persisted documents: an export answers exactly what the same query
/// answers over /graphql, under the same validation, cost rule and limits (docs/analyst.md lists the columns).
/// </summary>
public static class ExportOperations
{
    private const string Distribution = "count min p10 p25 median p75 p90 max mean spread percentOfMedicare vintage isDemo";

    public const string Benchmark = $$"""
        query CodeBenchmarkExport($code: String!, $billingClass: BillingClass!, $screened: Boolean!, $asOf: String, $setting: MedicareSetting!) {
          code(code: $code) {
            code
            rates(billingClass: $billingClass, screened: $screened, asOf: $asOf, setting: $setting) { payer { name } {{Distribution}} }
            benchmark(billingClass: $billingClass, screened: $screened, asOf: $asOf, setting: $setting) { commercialAggregate { {{Distribution}} } }
          }
        }
        """;

    public const string FeeSchedule = """
        query FeeScheduleExport($lines: [FeeScheduleLineInput!]!, $billingClass: BillingClass!, $screened: Boolean!, $asOf: String, $setting: MedicareSetting!) {
          benchmarkFeeSchedule(lines: $lines, billingClass: $billingClass, screened: $screened, asOf: $asOf, setting: $setting) {
            lines { line code modifiers amount units
              position { payers { ...position } commercialAggregate { ...position } } }
            totals { payer { name } lines contractValue medianValue opportunity }
          }
        }
        fragment position on RatePosition { payer { name } count percentileRank differenceFromMedian percentFromMedian quartile distribution { median } }
        """;
}
