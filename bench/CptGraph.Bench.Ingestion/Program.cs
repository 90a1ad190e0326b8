using CptGraph.Bench.Ingestion;

// Ingest benchmark: one generated TiC file, measured three ways in one run (see README "Ingest benchmark").
return await IngestBench.RunAsync(BenchOptions.Parse(args), Console.Out, CancellationToken.None);
