using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CptGraph.Data.Migrations
{
    /// <inheritdoc />
    public partial class FetchIngestRunStatusAndPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Error",
                table: "IngestRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceVersion",
                table: "IngestRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "IngestRuns",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Succeeded");

            migrationBuilder.AddColumn<string>(
                name: "TableOfContents",
                table: "IngestRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Warnings",
                table: "IngestRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IngestRunPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanName = table.Column<string>(type: "TEXT", nullable: true),
                    PlanId = table.Column<string>(type: "TEXT", nullable: true),
                    PlanIdType = table.Column<string>(type: "TEXT", nullable: true),
                    PlanMarketType = table.Column<string>(type: "TEXT", nullable: true),
                    IssuerName = table.Column<string>(type: "TEXT", nullable: true),
                    IngestRunId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestRunPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IngestRunPlans_IngestRuns_IngestRunId",
                        column: x => x.IngestRunId,
                        principalTable: "IngestRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestRuns_Source",
                table: "IngestRuns",
                column: "Source");

            migrationBuilder.CreateIndex(
                name: "IX_IngestRunPlans_IngestRunId",
                table: "IngestRunPlans",
                column: "IngestRunId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestRunPlans");

            migrationBuilder.DropIndex(
                name: "IX_IngestRuns_Source",
                table: "IngestRuns");

            migrationBuilder.DropColumn(
                name: "Error",
                table: "IngestRuns");

            migrationBuilder.DropColumn(
                name: "SourceVersion",
                table: "IngestRuns");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "IngestRuns");

            migrationBuilder.DropColumn(
                name: "TableOfContents",
                table: "IngestRuns");

            migrationBuilder.DropColumn(
                name: "Warnings",
                table: "IngestRuns");
        }
    }
}
