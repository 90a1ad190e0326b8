using CptGraph.Data.PersistedOperations;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Live;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Providers;
using CptGraph.Domain.Rates;
using CptGraph.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Data;

public sealed class CptGraphDbContext(DbContextOptions<CptGraphDbContext> options) : DbContext(options)
{
    public DbSet<Code> Codes => Set<Code>();
    public DbSet<Modifier> Modifiers => Set<Modifier>();
    public DbSet<CodeModifier> CodeModifiers => Set<CodeModifier>();
    public DbSet<Taxonomy> Taxonomies => Set<Taxonomy>();
    public DbSet<CodeTaxonomy> CodeTaxonomies => Set<CodeTaxonomy>();
    public DbSet<Diagnosis> Diagnoses => Set<Diagnosis>();
    public DbSet<CodeDiagnosis> CodeDiagnoses => Set<CodeDiagnosis>();
    public DbSet<CodeRelation> CodeRelations => Set<CodeRelation>();
    public DbSet<PlaceOfService> PlacesOfService => Set<PlaceOfService>();
    public DbSet<CodeEdge> CodeEdges => Set<CodeEdge>();
    public DbSet<MedicallyUnlikelyEdit> MedicallyUnlikelyEdits => Set<MedicallyUnlikelyEdit>();
    public DbSet<Payer> Payers => Set<Payer>();
    public DbSet<PayerAlias> PayerAliases => Set<PayerAlias>();
    public DbSet<RateObservation> RateObservations => Set<RateObservation>();
    public DbSet<ProviderGroup> ProviderGroups => Set<ProviderGroup>();
    public DbSet<ProviderGroupNpi> ProviderGroupNpis => Set<ProviderGroupNpi>();
    public DbSet<NppesProvider> NppesProviders => Set<NppesProvider>();
    public DbSet<SeparateRate> SeparateRates => Set<SeparateRate>();
    public DbSet<ArrangementRecord> ArrangementRecords => Set<ArrangementRecord>();
    public DbSet<RateDistribution> RateDistributions => Set<RateDistribution>();
    public DbSet<MedicareFee> MedicareFees => Set<MedicareFee>();
    public DbSet<MedicareLocality> MedicareLocalities => Set<MedicareLocality>();
    public DbSet<IngestRun> IngestRuns => Set<IngestRun>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<PersistedOperation> PersistedOperations => Set<PersistedOperation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CptGraphDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            // SQLite compares and sorts text by its bytes (BINARY); the "C" collation does the same on PostgreSQL
            // whatever locale the cluster was created with, so lists come back in the same order from both stores.
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(StoredAsText))
            {
                property.SetCollation("C");
            }
        }
    }

    // Strings, and enums stored by name (ConfigureConventions) unless a configuration maps them to a number.
    private static bool StoredAsText(Microsoft.EntityFrameworkCore.Metadata.IMutableProperty property)
    {
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        var stored = property.GetValueConverter()?.ProviderClrType ?? property.GetProviderClrType() ?? (type.IsEnum ? typeof(string) : type);
        return stored == typeof(string);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads the same on SQLite and PostgreSQL.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);

        // SQLite has no decimal type: EF stores decimals as TEXT there, which cannot be compared or sorted in SQL.
        // REAL (double) keeps 15 significant digits and decimal(double) rounds back to exactly the cents and
        // 4-place statistics we store. PostgreSQL stores the same double precision rather than numeric: numeric
        // keeps a value's scale (15.00 reads back as 15.00, not 15) and computes SQL aggregates in another
        // arithmetic, and the served numbers must be byte-identical between the two stores.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}
