using System.Diagnostics;
using CptGraph.Bench.Store;

// The observation-store spike (issue 10, point 3): one candidate per process, so each VmHWM is its own.
// usage: dotnet run -c Release --project bench/CptGraph.Bench.Store -- sqlite|duckdb|parquet [observations] [workdir]
var candidate = args.Length > 0 ? args[0] : throw new ArgumentException("usage: sqlite|duckdb|parquet [observations] [workdir]");
var observations = args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3_000_000;
var work = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "cptgraph-store-spike");
Directory.CreateDirectory(work);
ISpikeStore store = candidate switch
{
    "sqlite" => new SqliteSpikeStore(Path.Combine(work, "staging.db")),
    "duckdb" => new DuckDbSpikeStore(Path.Combine(work, "observations.duckdb")),
    "parquet" => new ParquetSpikeStore(Path.Combine(work, "parquet")),
    _ => throw new ArgumentException($"unknown candidate {candidate}"),
};

var clock = Stopwatch.StartNew();
await store.WriteAsync(SpikeRows.Generate(observations));
var write = clock.Elapsed;
clock.Restart();
var summary = await store.SummariseAsync();
var aggregate = clock.Elapsed;
var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
var hwm = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM", StringComparison.Ordinal));
Console.WriteLine($"{candidate}: {observations:N0} observations; write {write.TotalSeconds:F1} s ({observations / write.TotalSeconds:N0} rows/s); " +
    $"aggregate {aggregate.TotalSeconds:F1} s ({observations / aggregate.TotalSeconds:N0} rows/s); {hwm.Replace("\t", " ").Trim()}; load {string.Join(' ', load)}");
Console.WriteLine($"  {summary}");
