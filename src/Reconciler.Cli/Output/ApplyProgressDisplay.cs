using System.Globalization;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;
using Spectre.Console;

namespace Reconciler.Cli.Output;

/// <summary>
/// Shows apply's progress on stderr: a live progress bar on a terminal, one plain line per finished
/// change otherwise (CI logs, pipes), so long applies are never silent.
/// </summary>
internal static class ApplyProgressDisplay
{
    public static async Task<ApplyResult> RunAsync(CliEnvironment environment, int total, Func<IApplyProgress, Task<ApplyResult>> apply)
    {
        if (!environment.IsTerminal || total == 0)
        {
            return await apply(new PlainLines(environment.Error, total));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(environment.Error) });
        ApplyResult? result = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Applying {total} change(s)", maxValue: total);
                result = await apply(new Bar(task, console));
            });
        return result!;
    }

    private sealed class PlainLines(TextWriter error, int total) : IApplyProgress
    {
        /// <summary>A line per this many template versions submitted: enough to show a long wave moving, few enough for a CI log.</summary>
        private const int SubmittedLineEvery = 250;
        private readonly Lock _gate = new();
        private int _done;
        private int _submitted;

        public void Started(PlannedChange change)
        {
        }

        public void Submitted(PlannedChange change)
        {
            lock (_gate)
            {
                if (++_submitted % SubmittedLineEvery == 0)
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"submitted {_submitted} template version(s); their jobs are confirmed together when the wave is in"));
                }
            }
        }

        public void Finished(AppliedChange outcome)
        {
            lock (_gate)
            {
                _done++;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{_done}/{total}] {TextApplyRenderer.Label(outcome.Status)} {outcome.Change.Address} ({outcome.Duration.TotalSeconds:0.0} s){(outcome.Succeeded ? "" : ": " + outcome.Message)}"));
            }
        }
    }

    private sealed class Bar(ProgressTask task, IAnsiConsole console) : IApplyProgress
    {
        private readonly string _title = task.Description;
        private int _submitted;

        public void Started(PlannedChange change)
        {
        }

        public void Submitted(PlannedChange change)
        {
            var submitted = Interlocked.Increment(ref _submitted);
            task.Description = string.Create(CultureInfo.InvariantCulture, $"{_title} ({submitted} template version(s) submitted, confirming at the end of the wave)");
        }

        public void Finished(AppliedChange outcome)
        {
            task.Increment(1);
            if (!outcome.Succeeded)
            {
                console.MarkupLine($"[red]{Markup.Escape(TextApplyRenderer.Label(outcome.Status))}[/] {Markup.Escape(outcome.Change.Address)}: {Markup.Escape(outcome.Message ?? "")}");
            }
        }
    }
}
