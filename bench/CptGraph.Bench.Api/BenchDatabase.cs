using CptGraph.Server.Cli;
using Microsoft.Data.Sqlite;

namespace CptGraph.Bench.Api;

/// <summary>
/// Builds a bench database: the server's own seed (bundled content, Medicare subset, the four demo TiC payers), then
/// synthetic codes cloned from 96375 until there are <c>totalCodes</c> priced codes (codes with rate distributions). Each clone gets 96375's modifiers,
/// taxonomies and fee schedule, its five payers' distributions (and the BUCA aggregate) scaled by a per-code and
/// per-payer factor (every vintage and screened/unscreened row of 96375's, as they are), two adjacent related codes, three synthetic diagnoses and one 50-code page taxonomy.
/// Diagnoses and pages are laid out so <c>ZB0000</c> has 15 codes and <c>BP0000X</c> 50 in every database.
/// </summary>
public static class BenchDatabase
{
    public static async Task CreateAsync(string path, int totalCodes, CancellationToken cancellationToken)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var seeded = await CliApp.RunAsync(["seed", "--db", path], TextWriter.Null, Console.Error, cancellationToken);
        if (seeded != 0)
        {
            throw new InvalidOperationException($"Seeding {path} failed with exit code {seeded}.");
        }

        await ImportReferenceAsync(path, cancellationToken);
        await ImportNppesAsync(path, cancellationToken);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(cancellationToken);
        // Priced codes, not all codes: the seed bundles the whole HCPCS Level II set (8,846 codes without rates), and
        // counting those left a "10,000-code" database with no clone at all (the scaling ratio compared two equal databases).
        var existing = Convert.ToInt32(await ScalarAsync(connection, "SELECT COUNT(DISTINCT CodeId) FROM RateDistributions", cancellationToken));
        var clones = Math.Max(0, totalCodes - existing);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var statement in CloneStatements)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement;
            command.Parameters.AddWithValue("$clones", clones);
            command.Parameters.AddWithValue("$diagnoses", Math.Max(3, (clones + 4) / 5));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);";
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The reference page (d-reference-page) needs the NCCI add-on edits and the MUE table, which the repo may not
    /// bundle: they are imported from <c>../shared/reference/ncci</c> (or <c>CPTGRAPH_REFERENCE_DIR</c>) with the real
    /// CLI. No PTP file is in ../shared, so 96375 gets twelve synthetic PTP column 1 edits (a quarter of them deleted).
    /// </summary>
    private static async Task ImportReferenceAsync(string path, CancellationToken cancellationToken)
    {
        var reference = Environment.GetEnvironmentVariable("CPTGRAPH_REFERENCE_DIR") ?? FindSharedReference();
        foreach (var (verb, file) in new[] { ("ncci-addons", "AOC_V2026Q2-MCR.xlsx"), ("mue", "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv") })
        {
            var imported = await CliApp.RunAsync(["import", verb, Path.Combine(reference, "ncci", file), "--db", path], TextWriter.Null, Console.Error, cancellationToken);
            if (imported != 0)
            {
                throw new InvalidOperationException($"import {verb} {file} into {path} failed with exit code {imported}.");
            }
        }

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SyntheticPtpEdges;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The state-cut page (f-state-cut-page) needs NPPES practice states for the seeded observations' NPIs: each NPI of
    /// the database gets one of four states and one of two primary taxonomies by its number, in a file with the NPPES
    /// dissemination header's columns the importer reads, imported with the real CLI.
    /// </summary>
    private static async Task ImportNppesAsync(string path, CancellationToken cancellationToken)
    {
        var npis = new List<string>();
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT DISTINCT Npi FROM ProviderGroupNpis ORDER BY Npi";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                npis.Add(reader.GetValue(0).ToString()!);
            }
        }

        string[] states = ["TX", "CA", "NY", "FL"];
        string[] taxonomies = ["207R00000X", "208D00000X"];
        var header = new List<string> { "NPI", "Entity Type Code", "Provider Organization Name (Legal Business Name)", "Provider Last Name (Legal Name)",
            "Provider First Name", "Provider Business Practice Location Address State Name", "Provider Business Practice Location Address Postal Code" };
        header.AddRange(Enumerable.Range(1, 15).SelectMany(i => new[] { $"Healthcare Provider Taxonomy Code_{i}", $"Healthcare Provider Primary Taxonomy Switch_{i}" }));
        var file = path + ".nppes.csv";
        await using (var writer = new StreamWriter(file))
        {
            await writer.WriteLineAsync(string.Join(',', header.Select(h => $"\"{h}\"")));
            foreach (var (npi, i) in npis.Select((n, i) => (n, i)))
            {
                var fields = new List<string> { npi, "1", "", $"Bench{i}", "Provider", states[i % 4], "75001" , taxonomies[i / 4 % 2], "Y" };
                fields.AddRange(Enumerable.Repeat("", 28));
                await writer.WriteLineAsync(string.Join(',', fields.Select(f => $"\"{f}\"")));
            }
        }

        var imported = await CliApp.RunAsync(["import", "nppes", file, "--db", path], TextWriter.Null, Console.Error, cancellationToken);
        File.Delete(file);
        if (imported != 0)
        {
            throw new InvalidOperationException($"import nppes into {path} failed with exit code {imported}.");
        }
    }

    private static string FindSharedReference()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "reference");
            if (Directory.Exists(Path.Combine(candidate, "ncci")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No shared/reference/ncci folder above the bench; set CPTGRAPH_REFERENCE_DIR.");
    }

    private const string SyntheticPtpEdges = """
        INSERT INTO CodeEdges (Kind, CodeId, RelatedCodeId, RelatedCodeValue, EditType, ModifierIndicator, EffectiveOn, DeletedOn, Note, IngestRunId)
        SELECT 'PtpColumn1', b.Id, r.Id, r.Value, NULL, CASE r.rn % 3 WHEN 0 THEN '0' WHEN 1 THEN '1' ELSE '9' END, '2025-01-01',
            CASE WHEN r.rn % 4 = 0 THEN '2025-06-30' END, 'Synthetic bench PTP edit', (SELECT MAX(Id) FROM IngestRuns)
        FROM Codes b
        JOIN (SELECT Id, Value, ROW_NUMBER() OVER (ORDER BY Value) AS rn FROM Codes WHERE Value <> '96375' AND Value NOT LIKE 'X%' LIMIT 12) r
        WHERE b.Value = '96375'
        """;

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    // Clone i (1-based) is code X0001...; its factor spreads rates from 0.5× to about 3× 96375's, like real codes.
    private const string Clones = "WITH RECURSIVE n(i) AS (SELECT 1 WHERE $clones > 0 UNION ALL SELECT i + 1 FROM n WHERE i < $clones)";
    private const string CloneIndex = "CAST(substr(c.Value, 2) AS INTEGER)";
    private const string Factor = "(0.5 + ((" + CloneIndex + " * 37) % 100) / 40.0)";

    private static readonly string[] CloneStatements =
    [
        $"""
        {Clones}
        INSERT INTO Codes (Value, CodeType, Description, Title, Headline, Summary, Significance, Overview, ServiceType,
            SiteOfService, ServiceLine, ClinicalContext, UsageNotes, ScopeNote, ContentSource)
        SELECT printf('X%04d', n.i), 'HCPCS', 'Synthetic bench service ' || n.i || ', modelled on ' || b.Description, b.Title,
            b.Headline, b.Summary, b.Significance, b.Overview, b.ServiceType, b.SiteOfService, b.ServiceLine,
            b.ClinicalContext, b.UsageNotes, b.ScopeNote, 'bench generator'
        FROM n CROSS JOIN Codes b WHERE b.Value = '96375'
        """,
        """
        INSERT INTO CodeModifiers (CodeId, ModifierId, Usage, Source)
        SELECT c.Id, l.ModifierId, l.Usage, 'bench generator'
        FROM Codes c CROSS JOIN CodeModifiers l JOIN Codes b ON b.Id = l.CodeId AND b.Value = '96375'
        WHERE c.Value LIKE 'X%'
        """,
        """
        INSERT INTO CodeTaxonomies (CodeId, TaxonomyId, Source)
        SELECT c.Id, l.TaxonomyId, 'bench generator'
        FROM Codes c CROSS JOIN CodeTaxonomies l JOIN Codes b ON b.Id = l.CodeId AND b.Value = '96375'
        WHERE c.Value LIKE 'X%'
        """,
        $"""
        INSERT INTO Taxonomies (Value, Specialty)
        SELECT DISTINCT printf('BP%04dX', ({CloneIndex} - 1) / 50), 'Bench page ' || (({CloneIndex} - 1) / 50)
        FROM Codes c WHERE c.Value LIKE 'X%'
        """,
        $"""
        INSERT INTO CodeTaxonomies (CodeId, TaxonomyId, Source)
        SELECT c.Id, t.Id, 'bench generator'
        FROM Codes c JOIN Taxonomies t ON t.Value = printf('BP%04dX', ({CloneIndex} - 1) / 50)
        WHERE c.Value LIKE 'X%'
        """,
        """
        WITH RECURSIVE d(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM d WHERE j + 1 < $diagnoses)
        INSERT INTO Diagnoses (Value, Description) SELECT printf('ZB%04d', j), 'Synthetic bench diagnosis ' || j FROM d
        """,
        $"""
        INSERT INTO CodeDiagnoses (CodeId, DiagnosisId, Relevance, Source)
        SELECT c.Id, g.Id, 'Synthetic link ' || k.k, 'bench generator'
        FROM Codes c
        CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) k
        JOIN Diagnoses g ON g.Value = printf('ZB%04d', ((({CloneIndex} - 1) / 5) + $diagnoses - k.k) % $diagnoses)
        WHERE c.Value LIKE 'X%'
        """,
        $"""
        INSERT INTO CodeRelations (CodeId, RelatedCodeId, Relationship, Source)
        SELECT c.Id, r.Id, 'Adjacent synthetic service', 'bench generator'
        FROM Codes c JOIN Codes r ON r.Value IN (printf('X%04d', {CloneIndex} - 1), printf('X%04d', {CloneIndex} + 1))
        WHERE c.Value LIKE 'X%'
        """,
        $"""
        INSERT INTO MedicareFees (CodeId, Modifier, Year, Status, WorkRvu, NonFacilityPeRvu, NonFacilityNotPriced,
            FacilityPeRvu, FacilityNotPriced, MalpracticeRvu, ConversionFactor, GlobalDays, NonFacilityNationalAmount,
            FacilityNationalAmount, IngestRunId)
        SELECT c.Id, f.Modifier, f.Year, f.Status, round(f.WorkRvu * {Factor}, 2), round(f.NonFacilityPeRvu * {Factor}, 2),
            f.NonFacilityNotPriced, round(f.FacilityPeRvu * {Factor}, 2), f.FacilityNotPriced, round(f.MalpracticeRvu * {Factor}, 2),
            f.ConversionFactor, f.GlobalDays, round(f.NonFacilityNationalAmount * {Factor}, 2),
            round(f.FacilityNationalAmount * {Factor}, 2), f.IngestRunId
        FROM Codes c CROSS JOIN MedicareFees f JOIN Codes b ON b.Id = f.CodeId AND b.Value = '96375'
        WHERE c.Value LIKE 'X%'
        """,
        $"""
        INSERT INTO RateDistributions (PayerId, CodeId, BillingClass, ModifierKey, VintageMonth, Screened, Screening_Excluded,
            Screening_Ghost, Screening_LogFence, Screening_MedicareRatio, Screening_ZeroOrSentinel,
            Count, Min, P10, P25, Median, P75, P90, Max, Mean, IsDemo)
        SELECT PayerId, CloneId, BillingClass, ModifierKey, VintageMonth, Screened, Screening_Excluded,
            Screening_Ghost, Screening_LogFence, Screening_MedicareRatio, Screening_ZeroOrSentinel,
            Count, round(Min * f, 4), round(P10 * f, 4), round(P25 * f, 4),
            round(Median * f, 4), round(P75 * f, 4), round(P90 * f, 4), round(Max * f, 4), round(Mean * f, 4), IsDemo
        FROM (
            SELECT d.*, c.Id AS CloneId, {Factor} * (1 + ((({CloneIndex} * (COALESCE(d.PayerId, 0) + 3) * 17) % 21) - 10) / 100.0) AS f
            FROM Codes c CROSS JOIN RateDistributions d JOIN Codes b ON b.Id = d.CodeId AND b.Value = '96375'
            WHERE c.Value LIKE 'X%'
        )
        """,
    ];
}
