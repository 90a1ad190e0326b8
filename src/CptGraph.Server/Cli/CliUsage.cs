namespace CptGraph.Server.Cli;

internal static class CliUsage
{
    public const string Text = """
        usage: CptGraph.Server [command] [--db PATH] [--provider sqlite|postgres]

        With no command the GraphQL server starts (http://localhost:5080/graphql unless ASPNETCORE_URLS/URLS/--urls say otherwise).

        commands:
          import payers FILE                 load a payer catalog (payers and TiC entity-name aliases)
          import content FILE                load a reference-content file (codes, modifiers, taxonomies, diagnoses, related codes)
          import icd10cm FILE[.gz] [--release R]  the CDC/NCHS ICD-10-CM code descriptions (diagnoses, dotted form)
          import hcpcs FILE.xlsx             the CMS HCPCS Level II ANWEB workbook (codes with descriptors and indicators, Level II modifiers)
          import nppes FILE.csv              the CMS NPPES dissemination file (npidata_pfile_*.csv): practice state, primary taxonomy, names
          import pos FILE                    the CMS Place of Service codes (CSV code,name,description or the FHIR CodeSystem XML)
          import taxonomies FILE.csv         the NUCC Health Care Provider Taxonomy CSV
          import ncci-addons FILE            the NCCI add-on code edits (.xlsx or .csv): add-on → primary code edges
          import mue FILE.csv                the NCCI practitioner MUE table (Latin-1 CSV)
          import ncci-ptp FILE.txt           one part of the NCCI practitioner PTP edits (tab-delimited): column 1 → column 2 edges
                                             each import is one transaction, recorded as an ingest run; an identical file is skipped
          ingest tic INPUT... [--payer NAME] [--demo] [--force] [--read-timeout SECONDS] [--allow-empty] [--observations-only]
                                             stream TiC in-network-rates files (plain or gzip, schema 1.x/2.x), one transaction per file;
                                             an INPUT is a file, a directory, a quoted glob ('dir/*.json.gz') or an http(s) URL;
                                             content an earlier run ingested is skipped (the message says which run and payer)
                                             unless --force, e.g. to ingest the same file again as another --payer;
                                             --observations-only stores rates without recomputing (one machine of the distributed path)
          ingest toc INPUT... [--payer NAME] [--demo] [--force] [--read-timeout SECONDS] [--observations-only]
                                             expand TiC table-of-contents files to their in-network files and ingest each,
                                             recording the plans that list it; a download idle for --read-timeout
                                             seconds (default 60) counts as dropped and is resumed
          ingest partitions DIR...           ingest Parquet observation partitions (export observations' layout, e.g. from several
                                             machines' observations-only stores) and compute the distributions of their union
          ingest medicare --rvu FILE --gpci FILE [--cf FACTOR] [--year YEAR] [--codes C1,C2]
                                             price the CMS Physician Fee Schedule at every Medicare locality
          export observations --format parquet --out DIR
                                             write every stored observation as Hive-partitioned Parquet
                                             (DIR/payer=NAME/vintage=yyyy-MM/part-00000.parquet; docs/ingest.md)
          seed                               load the bundled content, 2026 Medicare subset and demo TiC data into an empty database
          schema export [--output FILE]      print the GraphQL schema (SDL)
          migrate-store --from sqlite:PATH --to "Host=...;Database=..."
                                             copy a SQLite database's data into an empty PostgreSQL database, in one
                                             transaction (docs/scale-out.md)

        every command takes --db PATH (else ConnectionStrings__CptGraph, else ./cptgraph.db).
        --provider postgres (or Database__Provider=postgres) uses PostgreSQL: --db or ConnectionStrings__CptGraph is then an
        Npgsql connection string ("Host=...;Database=...;Username=..."); the default is sqlite.
        --lock-timeout SECONDS bounds every wait for another process (its write lock or its migration; default 600);
        --max-db-size MB caps the database file. TiC values have length limits (docs/limits.md).
        ingest commands draw a progress bar on a terminal, else log progress every --progress-every SECONDS (default 10).
        exit codes: 0 done, 1 bad input (the message names the file, where and what), 2 bad command line,
        3 a TiC file kept no rate because none of its provider references resolved (0 with --allow-empty).
        """;
}
