using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CptGraph.Data.Migrations
{
    /// <inheritdoc />
    public partial class VintagesAndScreening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RateObservations_PayerId_CodeId_ModifierKey_BillingClass_ProviderKey_Amount",
                table: "RateObservations");

            migrationBuilder.DropIndex(
                name: "IX_RateDistributions_CodeId_BillingClass_ModifierKey_PayerId",
                table: "RateDistributions");

            migrationBuilder.AddColumn<int>(
                name: "ScreeningFlags",
                table: "RateObservations",
                type: "INTEGER",
                maxLength: 32,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VintageMonth",
                table: "RateObservations",
                type: "TEXT",
                maxLength: 7,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Screened",
                table: "RateDistributions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Screening_Excluded",
                table: "RateDistributions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Screening_Ghost",
                table: "RateDistributions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Screening_LogFence",
                table: "RateDistributions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Screening_MedicareRatio",
                table: "RateDistributions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Screening_ZeroOrSentinel",
                table: "RateDistributions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VintageMonth",
                table: "RateDistributions",
                type: "TEXT",
                maxLength: 7,
                nullable: false,
                defaultValue: "");

            // Rows stored before vintages existed get the month of the date they already carry.
            migrationBuilder.Sql("""UPDATE "RateObservations" SET "VintageMonth" = substr("Vintage", 1, 7) WHERE "Vintage" IS NOT NULL""");

            migrationBuilder.CreateIndex(
                name: "IX_RateObservations_PayerId_VintageMonth_CodeId_ModifierKey_BillingClass_ProviderKey_Amount",
                table: "RateObservations",
                columns: new[] { "PayerId", "VintageMonth", "CodeId", "ModifierKey", "BillingClass", "ProviderKey", "Amount" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RateDistributions_CodeId_BillingClass_ModifierKey_PayerId_VintageMonth_Screened",
                table: "RateDistributions",
                columns: new[] { "CodeId", "BillingClass", "ModifierKey", "PayerId", "VintageMonth", "Screened" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RateObservations_PayerId_VintageMonth_CodeId_ModifierKey_BillingClass_ProviderKey_Amount",
                table: "RateObservations");

            migrationBuilder.DropIndex(
                name: "IX_RateDistributions_CodeId_BillingClass_ModifierKey_PayerId_VintageMonth_Screened",
                table: "RateDistributions");

            migrationBuilder.DropColumn(
                name: "ScreeningFlags",
                table: "RateObservations");

            migrationBuilder.DropColumn(
                name: "VintageMonth",
                table: "RateObservations");

            migrationBuilder.DropColumn(
                name: "Screened",
                table: "RateDistributions");

            migrationBuilder.DropColumn(
                name: "Screening_Excluded",
                table: "RateDistributions");

            migrationBuilder.DropColumn(
                name: "Screening_Ghost",
                table: "RateDistributions");

            migrationBuilder.DropColumn(
                name: "Screening_LogFence",
                table: "RateDistributions");

            migrationBuilder.DropColumn(
                name: "Screening_MedicareRatio",
                table: "RateDistributions");

            migrationBuilder.DropColumn(
                name: "Screening_ZeroOrSentinel",
                table: "RateDistributions");

            migrationBuilder.DropColumn(
                name: "VintageMonth",
                table: "RateDistributions");

            migrationBuilder.CreateIndex(
                name: "IX_RateObservations_PayerId_CodeId_ModifierKey_BillingClass_ProviderKey_Amount",
                table: "RateObservations",
                columns: new[] { "PayerId", "CodeId", "ModifierKey", "BillingClass", "ProviderKey", "Amount" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RateDistributions_CodeId_BillingClass_ModifierKey_PayerId",
                table: "RateDistributions",
                columns: new[] { "CodeId", "BillingClass", "ModifierKey", "PayerId" },
                unique: true);
        }
    }
}
