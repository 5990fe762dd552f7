using System.Text;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// An in-process emulator's request log (<c>METHOD path status latency</c> per line) that a test
/// can wait on, so a kill lands at a chosen point of an apply: after so many template submissions,
/// while a theme activates, while jobs are confirmed, once assignments are being set.
/// </summary>
internal sealed class RequestLogProbe : TextWriter
{
    public static readonly Func<string, bool> TemplateSubmitted = l => l.StartsWith("POST /api/v1/interactions/digital/templates 202", StringComparison.Ordinal);
    public static readonly Func<string, bool> TemplateListRead = l => l.StartsWith("GET /api/v1/interactions/digital/templates 200", StringComparison.Ordinal);
    public static readonly Func<string, bool> ThemePublished = l => l.StartsWith("POST ", StringComparison.Ordinal) && l.Contains("/themes 202", StringComparison.Ordinal);
    public static readonly Func<string, bool> AssignmentsPut = l => l.StartsWith("PUT ", StringComparison.Ordinal) && l.Contains("/theme-assignments 200", StringComparison.Ordinal);
    public static readonly Func<string, bool> BatchSynced = l => l.StartsWith("POST /api/v1/omnichannel/webmessaging/widgets/batch-sync 200", StringComparison.Ordinal);

    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly List<Waiter> _waiters = [];

    public override Encoding Encoding => Encoding.UTF8;

    public int Count(Func<string, bool> predicate)
    {
        lock (_gate)
        {
            return _lines.Count(predicate);
        }
    }

    /// <summary>
    /// Completes once the log, from now on, has shown each stage in turn: <c>Count</c> lines
    /// matching the first stage's predicate, then (after those) the second's, and so on.
    /// </summary>
    public Task WaitForAsync(params (Func<string, bool> Predicate, int Count)[] stages)
    {
        var waiter = new Waiter(new Queue<(Func<string, bool>, int)>(stages));
        lock (_gate)
        {
            _waiters.Add(waiter);
        }

        return waiter.Done.Task;
    }

    public override void WriteLine(string? value)
    {
        if (value is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Add(value);
            _waiters.RemoveAll(w => w.See(value));
        }
    }

    private sealed class Waiter(Queue<(Func<string, bool> Predicate, int Count)> stages)
    {
        private int _seen;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>True once the last stage is complete.</summary>
        public bool See(string line)
        {
            var (predicate, count) = stages.Peek();
            if (predicate(line) && ++_seen >= count)
            {
                stages.Dequeue();
                _seen = 0;
            }

            if (stages.Count > 0)
            {
                return false;
            }

            Done.TrySetResult();
            return true;
        }
    }
}
