using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CptGraph.Data.Migrations
{
    /// <inheritdoc />
    public partial class DistinctTins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DistinctTins",
                table: "RateDistributions",
                type: "INTEGER",
                nullable: true);

            // Existing distributions get their counts here, by the rule the ingest applies (docs/domain-rules.md, "Small
            // samples"), so no re-ingest is needed: a payer's row over its own vintage, the aggregate over each BUCA payer's
            // latest vintage of the code at or before its month (the payer's latest row, which exists exactly when the
            // vintage holds the code). Each lookup seeks the observations' unique index; Medicare stays null.
            migrationBuilder.Sql("""
                UPDATE "RateDistributions" SET "DistinctTins" = (
                    SELECT COUNT(DISTINCT o."ProviderKey") FROM "RateObservations" AS o
                    WHERE o."PayerId" = "RateDistributions"."PayerId" AND o."VintageMonth" = "RateDistributions"."VintageMonth"
                        AND o."CodeId" = "RateDistributions"."CodeId" AND o."ModifierKey" = "RateDistributions"."ModifierKey"
                        AND o."BillingClass" IN ("RateDistributions"."BillingClass", 'Both')
                        AND ("RateDistributions"."Screened" = 0 OR o."ScreeningFlags" = 0))
                WHERE "PayerId" IN (SELECT "Id" FROM "Payers" WHERE "Kind" <> 'Medicare')
                """);
            migrationBuilder.Sql("""
                UPDATE "RateDistributions" SET "DistinctTins" = (
                    SELECT COUNT(DISTINCT o."ProviderKey") FROM "Payers" AS p
                    JOIN "RateObservations" AS o ON o."PayerId" = p."Id"
                        AND o."VintageMonth" = (
                            SELECT MAX(v."VintageMonth") FROM "RateDistributions" AS v
                            WHERE v."CodeId" = "RateDistributions"."CodeId" AND v."PayerId" = p."Id" AND v."Screened" = 0
                                AND v."VintageMonth" <= "RateDistributions"."VintageMonth")
                        AND o."CodeId" = "RateDistributions"."CodeId" AND o."ModifierKey" = "RateDistributions"."ModifierKey"
                        AND o."BillingClass" IN ("RateDistributions"."BillingClass", 'Both')
                    WHERE p."IsBuca" = 1 AND ("RateDistributions"."Screened" = 0 OR o."ScreeningFlags" = 0))
                WHERE "PayerId" IS NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DistinctTins",
                table: "RateDistributions");
        }
    }
}
