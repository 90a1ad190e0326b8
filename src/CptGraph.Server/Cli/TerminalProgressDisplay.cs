using CptGraph.Ingestion.Runs;
using Spectre.Console;

namespace CptGraph.Server.Cli;

/// <summary>
/// A live progress bar on standard error for someone watching a terminal: bytes, MB/s, ETA and observations
/// kept, redrawn five times a second. Standard output stays free for the one-line results scripts read.
/// </summary>
internal sealed class TerminalProgressDisplay : IIngestProgressDisplay
{
    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public IDisposable Show(IngestProgress progress) => new Bar(_console, progress);

    private sealed class Bar : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _drawing;

        public Bar(IAnsiConsole console, IngestProgress progress)
        {
            _drawing = console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                    new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Markup.Escape(Path.GetFileName(progress.Source)), maxValue: progress.TotalBytes ?? 1);
                    task.IsIndeterminate = progress.TotalBytes is null;
                    while (!_stop.IsCancellationRequested)
                    {
                        Update(task, progress);
                        await Task.Delay(200, CancellationToken.None);
                    }

                    Update(task, progress);
                    task.StopTask();
                });
        }

        public void Dispose()
        {
            _stop.Cancel();
            _drawing.GetAwaiter().GetResult();
            _stop.Dispose();
        }

        private static void Update(ProgressTask task, IngestProgress progress)
        {
            task.Value = progress.BytesRead;
            task.Description = $"{Markup.Escape(Path.GetFileName(progress.Source))} [grey]{progress.RowsKept:N0} kept[/]";
        }
    }
}
