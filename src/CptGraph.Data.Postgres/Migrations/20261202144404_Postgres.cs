using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CptGraph.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Postgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Codes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Value = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    CodeType = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Title = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Headline = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Summary = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Significance = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Overview = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ServiceType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SiteOfService = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ServiceLine = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClinicalContext = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UsageNotes = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ScopeNote = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ContentSource = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptorLicensed = table.Column<bool>(type: "boolean", nullable: false),
                    LongDescription = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ShortDescription = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AddedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ActionEffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TerminatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ActionCode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CoverageCode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PricingIndicators = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    MultiplePricingIndicator = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    BetosCode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IngestRunId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Diagnoses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Value = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Release = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IngestRunId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Diagnoses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Modifiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Value = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LongDescription = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AddedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TerminatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IngestRunId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Modifiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NppesProviders",
                columns: table => new
                {
                    Npi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    EntityType = table.Column<int>(type: "integer", nullable: true),
                    OrganizationName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true, collation: "C"),
                    LastName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    FirstName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    PracticeState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    PracticePostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    PrimaryTaxonomy = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NppesProviders", x => x.Npi);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Topic = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Payload = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    IngestRunId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Payers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    IsBuca = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersistedOperations",
                columns: table => new
                {
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Document = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Bytes = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersistedOperations", x => x.Hash);
                });

            migrationBuilder.CreateTable(
                name: "ProviderGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProviderKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    NpiSetHash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Npis = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    NpiCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Taxonomies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Value = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Specialty = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Grouping = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Classification = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Specialization = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DisplayName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Definition = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Section = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IngestRunId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taxonomies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CodeRelations",
                columns: table => new
                {
                    CodeId = table.Column<int>(type: "integer", nullable: false),
                    RelatedCodeId = table.Column<int>(type: "integer", nullable: false),
                    Relationship = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Source = table.Column<string>(type: "text", nullable: false, collation: "C")
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
                    CodeId = table.Column<int>(type: "integer", nullable: false),
                    DiagnosisId = table.Column<int>(type: "integer", nullable: false),
                    Relevance = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Source = table.Column<string>(type: "text", nullable: false, collation: "C")
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
                    CodeId = table.Column<int>(type: "integer", nullable: false),
                    ModifierId = table.Column<int>(type: "integer", nullable: false),
                    Usage = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Source = table.Column<string>(type: "text", nullable: false, collation: "C")
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Source = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Bytes = table.Column<long>(type: "bigint", nullable: false),
                    SourceVersion = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    TableOfContents = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Error = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Warnings = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Release = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Rows = table.Column<long>(type: "bigint", nullable: true),
                    PayerId = table.Column<int>(type: "integer", nullable: true),
                    ReportingEntityName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SchemaVersion = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    LastUpdatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DurationSeconds = table.Column<double>(type: "double precision", nullable: false),
                    Counts_Kept = table.Column<long>(type: "bigint", nullable: false),
                    Counts_Duplicate = table.Column<long>(type: "bigint", nullable: false),
                    Counts_Expired = table.Column<long>(type: "bigint", nullable: false),
                    Counts_Zero = table.Column<long>(type: "bigint", nullable: false),
                    Counts_Percentage = table.Column<long>(type: "bigint", nullable: false),
                    Counts_PerDiem = table.Column<long>(type: "bigint", nullable: false),
                    Counts_NonFfs = table.Column<long>(type: "bigint", nullable: false),
                    Counts_OtherCodeType = table.Column<long>(type: "bigint", nullable: false),
                    Counts_UnresolvedProvider = table.Column<long>(type: "bigint", nullable: false),
                    Counts_Modifier = table.Column<long>(type: "bigint", nullable: false),
                    Counts_NonProfessional = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Alias = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    PayerId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PayerId = table.Column<int>(type: "integer", nullable: true),
                    CodeId = table.Column<int>(type: "integer", nullable: false),
                    BillingClass = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    ModifierKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    VintageMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false, collation: "C"),
                    Screened = table.Column<bool>(type: "boolean", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    DistinctTins = table.Column<int>(type: "integer", nullable: true),
                    Min = table.Column<double>(type: "double precision", nullable: false),
                    P10 = table.Column<double>(type: "double precision", nullable: false),
                    P25 = table.Column<double>(type: "double precision", nullable: false),
                    Median = table.Column<double>(type: "double precision", nullable: false),
                    P75 = table.Column<double>(type: "double precision", nullable: false),
                    P90 = table.Column<double>(type: "double precision", nullable: false),
                    Max = table.Column<double>(type: "double precision", nullable: false),
                    Mean = table.Column<double>(type: "double precision", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Screening_ZeroOrSentinel = table.Column<int>(type: "integer", nullable: false),
                    Screening_MedicareRatio = table.Column<int>(type: "integer", nullable: false),
                    Screening_LogFence = table.Column<int>(type: "integer", nullable: false),
                    Screening_Ghost = table.Column<int>(type: "integer", nullable: false),
                    Screening_Excluded = table.Column<int>(type: "integer", nullable: false)
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
                name: "ProviderGroupNpis",
                columns: table => new
                {
                    ProviderGroupId = table.Column<int>(type: "integer", nullable: false),
                    Npi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C")
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

            migrationBuilder.CreateTable(
                name: "CodeTaxonomies",
                columns: table => new
                {
                    CodeId = table.Column<int>(type: "integer", nullable: false),
                    TaxonomyId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false, collation: "C")
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PayerId = table.Column<int>(type: "integer", nullable: false),
                    Arrangement = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    BillingCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    BillingCodeType = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ContainedCodes = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RateCount = table.Column<int>(type: "integer", nullable: false),
                    IngestRunId = table.Column<int>(type: "integer", nullable: false)
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
                name: "CodeEdges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    CodeId = table.Column<int>(type: "integer", nullable: false),
                    RelatedCodeId = table.Column<int>(type: "integer", nullable: true),
                    RelatedCodeValue = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    EditType = table.Column<int>(type: "integer", nullable: true),
                    ModifierIndicator = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true, collation: "C"),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IngestRunId = table.Column<int>(type: "integer", nullable: false)
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
                name: "IngestRunPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PlanId = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PlanIdType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PlanMarketType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IssuerName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IngestRunId = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "MedicallyUnlikelyEdits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CodeId = table.Column<int>(type: "integer", nullable: false),
                    Units = table.Column<int>(type: "integer", nullable: false),
                    AdjudicationIndicator = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Rationale = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IngestRunId = table.Column<int>(type: "integer", nullable: false)
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
                name: "MedicareFees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CodeId = table.Column<int>(type: "integer", nullable: false),
                    Modifier = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    WorkRvu = table.Column<double>(type: "double precision", nullable: false),
                    NonFacilityPeRvu = table.Column<double>(type: "double precision", nullable: false),
                    NonFacilityNotPriced = table.Column<bool>(type: "boolean", nullable: false),
                    FacilityPeRvu = table.Column<double>(type: "double precision", nullable: false),
                    FacilityNotPriced = table.Column<bool>(type: "boolean", nullable: false),
                    MalpracticeRvu = table.Column<double>(type: "double precision", nullable: false),
                    ConversionFactor = table.Column<double>(type: "double precision", nullable: false),
                    GlobalDays = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PcTcIndicator = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    MultipleProcedure = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    BilateralSurgery = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AssistantSurgery = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CoSurgeons = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    TeamSurgery = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    EndoscopicBase = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhysicianSupervision = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ImagingFamily = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NotUsedForMedicarePayment = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NonFacilityNationalAmount = table.Column<double>(type: "double precision", nullable: true),
                    FacilityNationalAmount = table.Column<double>(type: "double precision", nullable: true),
                    IngestRunId = table.Column<int>(type: "integer", nullable: false)
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
                name: "MedicareLocalities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Mac = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    LocalityNumber = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    State = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    WorkGpci = table.Column<double>(type: "double precision", nullable: false),
                    PeGpci = table.Column<double>(type: "double precision", nullable: false),
                    MpGpci = table.Column<double>(type: "double precision", nullable: false),
                    IngestRunId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Value = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IngestRunId = table.Column<int>(type: "integer", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "RateObservations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PayerId = table.Column<int>(type: "integer", nullable: false),
                    CodeId = table.Column<int>(type: "integer", nullable: false),
                    ModifierKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    BillingClass = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    ProviderKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ProviderGroupId = table.Column<int>(type: "integer", nullable: true),
                    Amount = table.Column<double>(type: "double precision", nullable: false),
                    ServiceCodes = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    NegotiatedType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Vintage = table.Column<DateOnly>(type: "date", nullable: true),
                    VintageMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false, collation: "C"),
                    ScreeningFlags = table.Column<int>(type: "integer", maxLength: 32, nullable: false),
                    IngestRunId = table.Column<int>(type: "integer", nullable: false)
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
                    table.ForeignKey(
                        name: "FK_RateObservations_ProviderGroups_ProviderGroupId",
                        column: x => x.ProviderGroupId,
                        principalTable: "ProviderGroups",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SeparateRates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PayerId = table.Column<int>(type: "integer", nullable: false),
                    BillingCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    BillingCodeType = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    BillingClass = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    ModifierKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    IngestRunId = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_Codes_IngestRunId",
                table: "Codes",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_Codes_Value",
                table: "Codes",
                column: "Value",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Diagnoses_IngestRunId",
                table: "Diagnoses",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_Diagnoses_Value",
                table: "Diagnoses",
                column: "Value",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IngestRunPlans_IngestRunId",
                table: "IngestRunPlans",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_IngestRuns_PayerId",
                table: "IngestRuns",
                column: "PayerId");

            migrationBuilder.CreateIndex(
                name: "IX_IngestRuns_Sha256",
                table: "IngestRuns",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_IngestRuns_Source",
                table: "IngestRuns",
                column: "Source");

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
                name: "IX_MedicareFees_CodeId_Modifier_Year",
                table: "MedicareFees",
                columns: new[] { "CodeId", "Modifier", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MedicareFees_IngestRunId",
                table: "MedicareFees",
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
                name: "IX_Modifiers_IngestRunId",
                table: "Modifiers",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_Modifiers_Value",
                table: "Modifiers",
                column: "Value",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NppesProviders_PracticeState",
                table: "NppesProviders",
                column: "PracticeState");

            migrationBuilder.CreateIndex(
                name: "IX_NppesProviders_PrimaryTaxonomy",
                table: "NppesProviders",
                column: "PrimaryTaxonomy");

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
                name: "IX_PersistedOperations_CreatedAt",
                table: "PersistedOperations",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PlacesOfService_IngestRunId",
                table: "PlacesOfService",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacesOfService_Value",
                table: "PlacesOfService",
                column: "Value",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProviderGroupNpis_Npi",
                table: "ProviderGroupNpis",
                column: "Npi");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderGroups_ProviderKey_NpiSetHash",
                table: "ProviderGroups",
                columns: new[] { "ProviderKey", "NpiSetHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RateDistributions_CodeId_BillingClass_ModifierKey_PayerId_V~",
                table: "RateDistributions",
                columns: new[] { "CodeId", "BillingClass", "ModifierKey", "PayerId", "VintageMonth", "Screened" },
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
                name: "IX_RateObservations_PayerId_VintageMonth_CodeId_ModifierKey_Bi~",
                table: "RateObservations",
                columns: new[] { "PayerId", "VintageMonth", "CodeId", "ModifierKey", "BillingClass", "ProviderKey", "Amount" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RateObservations_ProviderGroupId",
                table: "RateObservations",
                column: "ProviderGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_SeparateRates_IngestRunId",
                table: "SeparateRates",
                column: "IngestRunId");

            migrationBuilder.CreateIndex(
                name: "IX_SeparateRates_PayerId_BillingCode_Kind",
                table: "SeparateRates",
                columns: new[] { "PayerId", "BillingCode", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Taxonomies_IngestRunId",
                table: "Taxonomies",
                column: "IngestRunId");

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
                name: "CodeEdges");

            migrationBuilder.DropTable(
                name: "CodeModifiers");

            migrationBuilder.DropTable(
                name: "CodeRelations");

            migrationBuilder.DropTable(
                name: "CodeTaxonomies");

            migrationBuilder.DropTable(
                name: "IngestRunPlans");

            migrationBuilder.DropTable(
                name: "MedicallyUnlikelyEdits");

            migrationBuilder.DropTable(
                name: "MedicareFees");

            migrationBuilder.DropTable(
                name: "MedicareLocalities");

            migrationBuilder.DropTable(
                name: "NppesProviders");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PayerAliases");

            migrationBuilder.DropTable(
                name: "PersistedOperations");

            migrationBuilder.DropTable(
                name: "PlacesOfService");

            migrationBuilder.DropTable(
                name: "ProviderGroupNpis");

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
                name: "ProviderGroups");

            migrationBuilder.DropTable(
                name: "IngestRuns");

            migrationBuilder.DropTable(
                name: "Payers");
        }
    }
}
