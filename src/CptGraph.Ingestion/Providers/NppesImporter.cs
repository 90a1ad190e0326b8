using System.Text;
using CptGraph.Data;
using CptGraph.Ingestion.Medicare;
using CptGraph.Ingestion.Storage;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Providers;

/// <summary>
/// <c>import nppes FILE.csv</c>: the CMS NPPES dissemination file (<c>npidata_pfile_*.csv</c>, ~9 M rows, ~10 GB) read one
/// record at a time and upserted by NPI through one prepared statement, so memory is one record whatever the file's
/// size. Only what the cuts and listings need is kept (<see cref="CptGraph.Domain.Providers.NppesProvider"/>); the
/// file is one transaction, so a bad record leaves the table as it was.
/// </summary>
public sealed class NppesImporter(IDbContextFactory<CptGraphDbContext> factory)
{
    private const int Taxonomies = 15;

    /// <summary>Imports <paramref name="path"/>; returns the providers written.</summary>
    /// <exception cref="IngestionException">A column is missing or a record is malformed; names the file, line and column.</exception>
    public async Task<long> ImportAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new IngestionException(path, "file", "no such file");
        }

        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var csv = new CsvRecordReader(text, path);
        if (!csv.Read())
        {
            throw new IngestionException(path, "line 1", "the file is empty; expected the NPPES header");
        }

        var columns = NppesColumns.From(new CsvHeader(csv, [.. csv.Fields]));
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var upsert = IngestCommands.Create(db, """
            INSERT INTO "NppesProviders" ("Npi","EntityType","OrganizationName","LastName","FirstName","PracticeState","PracticePostalCode","PrimaryTaxonomy")
            VALUES (@npi,@entity,@organization,@last,@first,@state,@postal,@taxonomy)
            ON CONFLICT ("Npi") DO UPDATE SET "EntityType" = excluded."EntityType", "OrganizationName" = excluded."OrganizationName",
              "LastName" = excluded."LastName", "FirstName" = excluded."FirstName", "PracticeState" = excluded."PracticeState",
              "PracticePostalCode" = excluded."PracticePostalCode", "PrimaryTaxonomy" = excluded."PrimaryTaxonomy"
            """, "@npi", "@entity", "@organization", "@last", "@first", "@state", "@postal", "@taxonomy");
        var written = 0L;
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (csv.IsBlank)
            {
                continue;
            }

            var npi = csv.Text(columns.Npi);
            if (npi.Length != 10 || !npi.All(char.IsAsciiDigit))
            {
                throw csv.Error(columns.Npi, $"'{npi}' is not a 10-digit NPI");
            }

            var entity = csv.Text(columns.EntityType);
            Bind(upsert, npi, entity.Length == 0 ? null : entity == "1" ? 1 : entity == "2" ? 2 : throw csv.Error(columns.EntityType, $"'{entity}' is neither 1 nor 2"),
                Blank(csv.Text(columns.OrganizationName)), Blank(csv.Text(columns.LastName)), Blank(csv.Text(columns.FirstName)),
                Blank(csv.Text(columns.PracticeState).ToUpperInvariant()), Zip(csv.Text(columns.PracticePostalCode)), PrimaryTaxonomy(csv, columns));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            written++;
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    // The taxonomy whose primary switch is Y; a provider with one taxonomy and no switch set has that one as primary.
    private static string? PrimaryTaxonomy(CsvRecordReader csv, NppesColumns columns)
    {
        string? only = null;
        var listed = 0;
        for (var i = 0; i < Taxonomies; i++)
        {
            var code = csv.Text(columns.TaxonomyCodes[i]);
            if (code.Length == 0)
            {
                continue;
            }

            if (csv.Text(columns.PrimarySwitches[i]).Equals("Y", StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }

            listed++;
            only = code;
        }

        return listed == 1 ? only : null;
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    private static string? Zip(string text) => text.Length == 0 ? null : text.Length > 5 ? text[..5] : text;

    private static void Bind(System.Data.Common.DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
