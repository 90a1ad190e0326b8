using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CptGraph.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProviderGroupsAndNppes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProviderGroupId",
                table: "RateObservations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceCodes",
                table: "RateObservations",
                type: "TEXT",
                maxLength: 512,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "NppesProviders",
                columns: table => new
                {
                    Npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EntityType = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganizationName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PracticeState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PracticePostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PrimaryTaxonomy = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NppesProviders", x => x.Npi);
                });

            migrationBuilder.CreateTable(
                name: "ProviderGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NpiSetHash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Npis = table.Column<string>(type: "TEXT", nullable: false),
                    NpiCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProviderGroupNpis",
                columns: table => new
                {
                    ProviderGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    Npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderGroupNpis", x => new { x.ProviderGroupId, x.Npi });
                    table.ForeignKey(
                        name: "FK_ProviderGroupNpis_ProviderGroups_ProviderGroupId",
                        column: x => x.ProviderGroupId,
                        principalTable: "ProviderGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RateObservations_ProviderGroupId",
                table: "RateObservations",
                column: "ProviderGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_NppesProviders_PracticeState",
                table: "NppesProviders",
                column: "PracticeState");

            migrationBuilder.CreateIndex(
                name: "IX_NppesProviders_PrimaryTaxonomy",
                table: "NppesProviders",
                column: "PrimaryTaxonomy");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderGroupNpis_Npi",
                table: "ProviderGroupNpis",
                column: "Npi");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderGroups_ProviderKey_NpiSetHash",
                table: "ProviderGroups",
                columns: new[] { "ProviderKey", "NpiSetHash" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_RateObservations_ProviderGroups_ProviderGroupId",
                table: "RateObservations",
                column: "ProviderGroupId",
                principalTable: "ProviderGroups",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RateObservations_ProviderGroups_ProviderGroupId",
                table: "RateObservations");

            migrationBuilder.DropTable(
                name: "NppesProviders");

            migrationBuilder.DropTable(
                name: "ProviderGroupNpis");

            migrationBuilder.DropTable(
                name: "ProviderGroups");

            migrationBuilder.DropIndex(
                name: "IX_RateObservations_ProviderGroupId",
                table: "RateObservations");

            migrationBuilder.DropColumn(
                name: "ProviderGroupId",
                table: "RateObservations");

            migrationBuilder.DropColumn(
                name: "ServiceCodes",
                table: "RateObservations");
        }
    }
}
