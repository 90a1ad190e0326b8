using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CptGraph.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Codes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CodeType = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Headline = table.Column<string>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    Significance = table.Column<string>(type: "TEXT", nullable: true),
                    Overview = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceType = table.Column<string>(type: "TEXT", nullable: true),
                    SiteOfService = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceLine = table.Column<string>(type: "TEXT", nullable: true),
                    ClinicalContext = table.Column<string>(type: "TEXT", nullable: true),
                    UsageNotes = table.Column<string>(type: "TEXT", nullable: true),
                    ScopeNote = table.Column<string>(type: "TEXT", nullable: true),
                    ContentSource = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Diagnoses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Diagnoses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Modifiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Modifiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Payers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsBuca = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Taxonomies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Specialty = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taxonomies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CodeRelations",
                columns: table => new
                {
                    CodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedCodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeRelations", x => new { x.CodeId, x.RelatedCodeId });
                    table.ForeignKey(
                        name: "FK_CodeRelations_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CodeRelations_Codes_RelatedCodeId",
                        column: x => x.RelatedCodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CodeDiagnoses",
                columns: table => new
                {
                    CodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    DiagnosisId = table.Column<int>(type: "INTEGER", nullable: false),
                    Relevance = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeDiagnoses", x => new { x.CodeId, x.DiagnosisId });
                    table.ForeignKey(
                        name: "FK_CodeDiagnoses_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CodeDiagnoses_Diagnoses_DiagnosisId",
                        column: x => x.DiagnosisId,
                        principalTable: "Diagnoses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CodeModifiers",
                columns: table => new
                {
                    CodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ModifierId = table.Column<int>(type: "INTEGER", nullable: false),
                    Usage = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeModifiers", x => new { x.CodeId, x.ModifierId });
                    table.ForeignKey(
                        name: "FK_CodeModifiers_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CodeModifiers_Modifiers_ModifierId",
                        column: x => x.ModifierId,
                        principalTable: "Modifiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IngestRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportingEntityName = table.Column<string>(type: "TEXT", nullable: true),
                    SchemaVersion = table.Column<string>(type: "TEXT", nullable: true),
                    LastUpdatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlanName = table.Column<string>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DurationSeconds = table.Column<double>(type: "REAL", nullable: false),
                    Counts_Kept = table.Column<long>(type: "INTEGER", nullable: false),
                    Counts_Duplicate = table.Column<long>(type: "INTEGER", nullable: false),
                    Counts_Expired = table.Column<long>(type: "INTEGER", nullable: false),
                    Counts_Zero = table.Column<long>(type: "INTEGER", nullable: false),
                    Counts_Percentage = table.Column<long>(type: "INTEGER", nullable: false),
                    Counts_PerDiem = table.Column<long>(type: "INTEGER", nullable: false),
                    Counts_NonFfs = table.Column<long>(type: "INTEGER", nullable: false),
                    Counts_OtherCodeType = table.Column<long>(type: "INTEGER", nullable: false),
                    Counts_UnresolvedProvider = table.Column<long>(type: "INTEGER", nullable: false),
                    Counts_Modifier = table.Column<long>(type: "INTEGER", nullable: false),
                    Counts_NonProfessional = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IngestRuns_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "PayerAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayerAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayerAliases_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RateDistributions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: true),
                    CodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    BillingClass = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ModifierKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Min = table.Column<double>(type: "REAL", nullable: false),
                    P10 = table.Column<double>(type: "REAL", nullable: false),
                    P25 = table.Column<double>(type: "REAL", nullable: false),
                    Median = table.Column<double>(type: "REAL", nullable: false),
                    P75 = table.Column<double>(type: "REAL", nullable: false),
                    P90 = table.Column<double>(type: "REAL", nullable: false),
                    Max = table.Column<double>(type: "REAL", nullable: false),
                    Mean = table.Column<double>(type: "REAL", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateDistributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RateDistributions_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RateDistributions_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "CodeTaxonomies",
                columns: table => new
                {
                    CodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxonomyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeTaxonomies", x => new { x.CodeId, x.TaxonomyId });
                    table.ForeignKey(
                        name: "FK_CodeTaxonomies_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CodeTaxonomies_Taxonomies_TaxonomyId",
                        column: x => x.TaxonomyId,
                        principalTable: "Taxonomies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArrangementRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Arrangement = table.Column<string>(type: "TEXT", nullable: false),
                    BillingCode = table.Column<string>(type: "TEXT", nullable: false),
                    BillingCodeType = table.Column<string>(type: "TEXT", nullable: false),
                    ContainedCodes = table.Column<string>(type: "TEXT", nullable: false),
                    RateCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IngestRunId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArrangementRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArrangementRecords_IngestRuns_IngestRunId",
                        column: x => x.IngestRunId,
                        principalTable: "IngestRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArrangementRecords_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MedicareFees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Modifier = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    WorkRvu = table.Column<double>(type: "REAL", nullable: false),
                    NonFacilityPeRvu = table.Column<double>(type: "REAL", nullable: false),
                    NonFacilityNotPriced = table.Column<bool>(type: "INTEGER", nullable: false),
                    FacilityPeRvu = table.Column<double>(type: "REAL", nullable: false),
                    FacilityNotPriced = table.Column<bool>(type: "INTEGER", nullable: false),
                    MalpracticeRvu = table.Column<double>(type: "REAL", nullable: false),
                    ConversionFactor = table.Column<double>(type: "REAL", nullable: false),
                    GlobalDays = table.Column<string>(type: "TEXT", nullable: true),
                    NonFacilityNationalAmount = table.Column<double>(type: "REAL", nullable: true),
                    FacilityNationalAmount = table.Column<double>(type: "REAL", nullable: true),
                    IngestRunId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MedicareFees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MedicareFees_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MedicareFees_IngestRuns_IngestRunId",
                        column: x => x.IngestRunId,
                        principalTable: "IngestRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RateObservations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ModifierKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BillingClass = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Amount = table.Column<double>(type: "REAL", nullable: false),
                    NegotiatedType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Vintage = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IngestRunId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateObservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RateObservations_Codes_CodeId",
                        column: x => x.CodeId,
                        principalTable: "Codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RateObservations_IngestRuns_IngestRunId",
                        column: x => x.IngestRunId,
                        principalTable: "IngestRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RateObservations_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SeparateRates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    BillingCode = table.Column<string>(type: "TEXT", nullable: false),
                    BillingCodeType = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    BillingClass = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ModifierKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    IngestRunId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeparateRates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeparateRates_IngestRuns_IngestRunId",
                        column: x => x.IngestRunId,
                        principalTable: "IngestRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SeparateRates_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArrangementRecords_IngestRunId",
                table: "ArrangementRecords",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_ArrangementRecords_PayerId_BillingCode",
                table: "ArrangementRecords",
                columns: new[] { "PayerId", "BillingCode" });

            migrationBuilder.CreateIndex(
                name: "IX_CodeDiagnoses_DiagnosisId",
                table: "CodeDiagnoses",
                column: "DiagnosisId");

            migrationBuilder.CreateIndex(
                name: "IX_CodeModifiers_ModifierId",
                table: "CodeModifiers",
                column: "ModifierId");

            migrationBuilder.CreateIndex(
                name: "IX_CodeRelations_RelatedCodeId",
                table: "CodeRelations",
                column: "RelatedCodeId");

            migrationBuilder.CreateIndex(
                name: "IX_CodeTaxonomies_TaxonomyId",
                table: "CodeTaxonomies",
                column: "TaxonomyId");

            migrationBuilder.CreateIndex(
                name: "IX_Codes_Value",
                table: "Codes",
                column: "Value",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Diagnoses_Value",
                table: "Diagnoses",
                column: "Value",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IngestRuns_PayerId",
                table: "IngestRuns",
                column: "PayerId");

            migrationBuilder.CreateIndex(
                name: "IX_IngestRuns_Sha256",
                table: "IngestRuns",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_MedicareFees_CodeId_Modifier_Year",
                table: "MedicareFees",
                columns: new[] { "CodeId", "Modifier", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MedicareFees_IngestRunId",
                table: "MedicareFees",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_Modifiers_Value",
                table: "Modifiers",
                column: "Value",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayerAliases_Alias",
                table: "PayerAliases",
                column: "Alias",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayerAliases_PayerId",
                table: "PayerAliases",
                column: "PayerId");

            migrationBuilder.CreateIndex(
                name: "IX_Payers_Name",
                table: "Payers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RateDistributions_CodeId_BillingClass_ModifierKey_PayerId",
                table: "RateDistributions",
                columns: new[] { "CodeId", "BillingClass", "ModifierKey", "PayerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RateDistributions_PayerId",
                table: "RateDistributions",
                column: "PayerId");

            migrationBuilder.CreateIndex(
                name: "IX_RateObservations_CodeId",
                table: "RateObservations",
                column: "CodeId");

            migrationBuilder.CreateIndex(
                name: "IX_RateObservations_IngestRunId",
                table: "RateObservations",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_RateObservations_PayerId_CodeId_ModifierKey_BillingClass_ProviderKey_Amount",
                table: "RateObservations",
                columns: new[] { "PayerId", "CodeId", "ModifierKey", "BillingClass", "ProviderKey", "Amount" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeparateRates_IngestRunId",
                table: "SeparateRates",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_SeparateRates_PayerId_BillingCode_Kind",
                table: "SeparateRates",
                columns: new[] { "PayerId", "BillingCode", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Taxonomies_Value",
                table: "Taxonomies",
                column: "Value",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArrangementRecords");

            migrationBuilder.DropTable(
                name: "CodeDiagnoses");

            migrationBuilder.DropTable(
                name: "CodeModifiers");

            migrationBuilder.DropTable(
                name: "CodeRelations");

            migrationBuilder.DropTable(
                name: "CodeTaxonomies");

            migrationBuilder.DropTable(
                name: "MedicareFees");

            migrationBuilder.DropTable(
                name: "PayerAliases");

            migrationBuilder.DropTable(
                name: "RateDistributions");

            migrationBuilder.DropTable(
                name: "RateObservations");

            migrationBuilder.DropTable(
                name: "SeparateRates");

            migrationBuilder.DropTable(
                name: "Diagnoses");

            migrationBuilder.DropTable(
                name: "Modifiers");

            migrationBuilder.DropTable(
                name: "Taxonomies");

            migrationBuilder.DropTable(
                name: "Codes");

            migrationBuilder.DropTable(
                name: "IngestRuns");

            migrationBuilder.DropTable(
                name: "Payers");
        }
    }
}
