using CptGraph.Data.Search;
using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CptGraph.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReferenceGraph : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Classification",
                table: "Taxonomies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Definition",
                table: "Taxonomies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "Taxonomies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Grouping",
                table: "Taxonomies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IngestRunId",
                table: "Taxonomies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Section",
                table: "Taxonomies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Specialization",
                table: "Taxonomies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AddedOn",
                table: "Modifiers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IngestRunId",
                table: "Modifiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LongDescription",
                table: "Modifiers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TerminatedOn",
                table: "Modifiers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssistantSurgery",
                table: "MedicareFees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BilateralSurgery",
                table: "MedicareFees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoSurgeons",
                table: "MedicareFees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndoscopicBase",
                table: "MedicareFees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImagingFamily",
                table: "MedicareFees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MultipleProcedure",
                table: "MedicareFees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotUsedForMedicarePayment",
                table: "MedicareFees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PcTcIndicator",
                table: "MedicareFees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhysicianSupervision",
                table: "MedicareFees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TeamSurgery",
                table: "MedicareFees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Release",
                table: "IngestRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Rows",
                table: "IngestRuns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IngestRunId",
                table: "Diagnoses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Release",
                table: "Diagnoses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActionCode",
                table: "Codes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ActionEffectiveOn",
                table: "Codes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AddedOn",
                table: "Codes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BetosCode",
                table: "Codes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoverageCode",
                table: "Codes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DescriptorLicensed",
                table: "Codes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "IngestRunId",
                table: "Codes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LongDescription",
                table: "Codes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MultiplePricingIndicator",
                table: "Codes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PricingIndicators",
                table: "Codes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShortDescription",
                table: "Codes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TerminatedOn",
                table: "Codes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CodeEdges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedCodeId = table.Column<int>(type: "INTEGER", nullable: true),
                    RelatedCodeValue = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EditType = table.Column<int>(type: "INTEGER", nullable: true),
                    ModifierIndicator = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    IngestRunId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeEdges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodeEdges_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CodeEdges_Codes_RelatedCodeId",
                        column: x => x.RelatedCodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CodeEdges_IngestRuns_IngestRunId",
                        column: x => x.IngestRunId,
                        principalTable: "IngestRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MedicallyUnlikelyEdits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    AdjudicationIndicator = table.Column<string>(type: "TEXT", nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IngestRunId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MedicallyUnlikelyEdits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MedicallyUnlikelyEdits_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MedicallyUnlikelyEdits_IngestRuns_IngestRunId",
                        column: x => x.IngestRunId,
                        principalTable: "IngestRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MedicareLocalities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Mac = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    LocalityNumber = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    State = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    WorkGpci = table.Column<double>(type: "REAL", nullable: false),
                    PeGpci = table.Column<double>(type: "REAL", nullable: false),
                    MpGpci = table.Column<double>(type: "REAL", nullable: false),
                    IngestRunId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MedicareLocalities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MedicareLocalities_IngestRuns_IngestRunId",
                        column: x => x.IngestRunId,
                        principalTable: "IngestRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacesOfService",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    IngestRunId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacesOfService", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacesOfService_IngestRuns_IngestRunId",
                        column: x => x.IngestRunId,
                        principalTable: "IngestRuns",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Taxonomies_IngestRunId",
                table: "Taxonomies",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_Modifiers_IngestRunId",
                table: "Modifiers",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_Diagnoses_IngestRunId",
                table: "Diagnoses",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_Codes_IngestRunId",
                table: "Codes",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_CodeEdges_CodeId",
                table: "CodeEdges",
                column: "CodeId");

            migrationBuilder.CreateIndex(
                name: "IX_CodeEdges_IngestRunId",
                table: "CodeEdges",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_CodeEdges_Kind_CodeId_RelatedCodeValue_EffectiveOn",
                table: "CodeEdges",
                columns: new[] { "Kind", "CodeId", "RelatedCodeValue", "EffectiveOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodeEdges_Kind_RelatedCodeId",
                table: "CodeEdges",
                columns: new[] { "Kind", "RelatedCodeId" });

            migrationBuilder.CreateIndex(
                name: "IX_CodeEdges_RelatedCodeId",
                table: "CodeEdges",
                column: "RelatedCodeId");

            migrationBuilder.CreateIndex(
                name: "IX_MedicallyUnlikelyEdits_CodeId",
                table: "MedicallyUnlikelyEdits",
                column: "CodeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MedicallyUnlikelyEdits_IngestRunId",
                table: "MedicallyUnlikelyEdits",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_MedicareLocalities_IngestRunId",
                table: "MedicareLocalities",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_MedicareLocalities_Year_Mac_LocalityNumber",
                table: "MedicareLocalities",
                columns: new[] { "Year", "Mac", "LocalityNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlacesOfService_IngestRunId",
                table: "PlacesOfService",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacesOfService_Value",
                table: "PlacesOfService",
                column: "Value",
                unique: true);

            // searchDiagnoses' FTS5 index (SQLite only; see DiagnosisSearchSql for PostgreSQL).
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql(DiagnosisSearchSql.Create);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql(DiagnosisSearchSql.Drop);
            }
            migrationBuilder.DropTable(
                name: "CodeEdges");

            migrationBuilder.DropTable(
                name: "MedicallyUnlikelyEdits");

            migrationBuilder.DropTable(
                name: "MedicareLocalities");

            migrationBuilder.DropTable(
                name: "PlacesOfService");

            migrationBuilder.DropIndex(
                name: "IX_Taxonomies_IngestRunId",
                table: "Taxonomies");

            migrationBuilder.DropIndex(
                name: "IX_Modifiers_IngestRunId",
                table: "Modifiers");

            migrationBuilder.DropIndex(
                name: "IX_Diagnoses_IngestRunId",
                table: "Diagnoses");

            migrationBuilder.DropIndex(
                name: "IX_Codes_IngestRunId",
                table: "Codes");

            migrationBuilder.DropColumn(
                name: "Classification",
                table: "Taxonomies");

            migrationBuilder.DropColumn(
                name: "Definition",
                table: "Taxonomies");

            migrationBuilder.DropColumn(
                name: "DisplayName",
                table: "Taxonomies");

            migrationBuilder.DropColumn(
                name: "Grouping",
                table: "Taxonomies");

            migrationBuilder.DropColumn(
                name: "IngestRunId",
                table: "Taxonomies");

            migrationBuilder.DropColumn(
                name: "Section",
                table: "Taxonomies");

            migrationBuilder.DropColumn(
                name: "Specialization",
                table: "Taxonomies");

            migrationBuilder.DropColumn(
                name: "AddedOn",
                table: "Modifiers");

            migrationBuilder.DropColumn(
                name: "IngestRunId",
                table: "Modifiers");

            migrationBuilder.DropColumn(
                name: "LongDescription",
                table: "Modifiers");

            migrationBuilder.DropColumn(
                name: "TerminatedOn",
                table: "Modifiers");

            migrationBuilder.DropColumn(
                name: "AssistantSurgery",
                table: "MedicareFees");

            migrationBuilder.DropColumn(
                name: "BilateralSurgery",
                table: "MedicareFees");

            migrationBuilder.DropColumn(
                name: "CoSurgeons",
                table: "MedicareFees");

            migrationBuilder.DropColumn(
                name: "EndoscopicBase",
                table: "MedicareFees");

            migrationBuilder.DropColumn(
                name: "ImagingFamily",
                table: "MedicareFees");

            migrationBuilder.DropColumn(
                name: "MultipleProcedure",
                table: "MedicareFees");

            migrationBuilder.DropColumn(
                name: "NotUsedForMedicarePayment",
                table: "MedicareFees");

            migrationBuilder.DropColumn(
                name: "PcTcIndicator",
                table: "MedicareFees");

            migrationBuilder.DropColumn(
                name: "PhysicianSupervision",
                table: "MedicareFees");

            migrationBuilder.DropColumn(
                name: "TeamSurgery",
                table: "MedicareFees");

            migrationBuilder.DropColumn(
                name: "Release",
                table: "IngestRuns");

            migrationBuilder.DropColumn(
                name: "Rows",
                table: "IngestRuns");

            migrationBuilder.DropColumn(
                name: "IngestRunId",
                table: "Diagnoses");

            migrationBuilder.DropColumn(
                name: "Release",
                table: "Diagnoses");

            migrationBuilder.DropColumn(
                name: "ActionCode",
                table: "Codes");

            migrationBuilder.DropColumn(
                name: "ActionEffectiveOn",
                table: "Codes");

            migrationBuilder.DropColumn(
                name: "AddedOn",
                table: "Codes");

            migrationBuilder.DropColumn(
                name: "BetosCode",
                table: "Codes");

            migrationBuilder.DropColumn(
                name: "CoverageCode",
                table: "Codes");

            migrationBuilder.DropColumn(
                name: "DescriptorLicensed",
                table: "Codes");

            migrationBuilder.DropColumn(
                name: "IngestRunId",
                table: "Codes");

            migrationBuilder.DropColumn(
                name: "LongDescription",
                table: "Codes");

            migrationBuilder.DropColumn(
                name: "MultiplePricingIndicator",
                table: "Codes");

            migrationBuilder.DropColumn(
                name: "PricingIndicators",
                table: "Codes");

            migrationBuilder.DropColumn(
                name: "ShortDescription",
                table: "Codes");

            migrationBuilder.DropColumn(
                name: "TerminatedOn",
                table: "Codes");
        }
    }
}
