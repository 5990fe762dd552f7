using System.Text;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// An in-process emulator's request log (<c>METHOD path status latency</c> per line) that a test
/// can wait on, so a kill lands at a chosen point of an apply: after so many template submissions,
/// while a theme activates, once assignments are being set.
/// </summary>
internal sealed class RequestLogProbe : TextWriter
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Predicate, int Count, TaskCompletionSource Done)> _waiters = [];

    public static readonly Func<string, bool> TemplateSubmitted = l => l.StartsWith("POST /api/v1/interactions/digital/templates 202", StringComparison.Ordinal);
    public static readonly Func<string, bool> ThemePublished = l => l.StartsWith("POST ", StringComparison.Ordinal) && l.Contains("/themes 202", StringComparison.Ordinal);
    public static readonly Func<string, bool> AssignmentsPut = l => l.StartsWith("PUT ", StringComparison.Ordinal) && l.Contains("/theme-assignments 200", StringComparison.Ordinal);
    public static readonly Func<string, bool> BatchSynced = l => l.StartsWith("POST /api/v1/omnichannel/webmessaging/widgets/batch-sync 200", StringComparison.Ordinal);

    public override Encoding Encoding => Encoding.UTF8;

    public int Count(Func<string, bool> predicate)
    {
        lock (_gate)
        {
            return _lines.Count(predicate);
        }
    }

    /// <summary>Mark the current position: <see cref="WaitForAsync"/> counts only lines after it.</summary>
    public int Mark()
    {
        lock (_gate)
        {
            return _lines.Count;
        }
    }

    /// <summary>Completes once <paramref name="count"/> lines after <paramref name="mark"/> satisfy <paramref name="predicate"/>.</summary>
    public Task WaitForAsync(Func<string, bool> predicate, int count, int mark = 0)
    {
        lock (_gate)
        {
            var seen = _lines.Skip(mark).Count(predicate);
            if (seen >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((predicate, count - seen, done));
            return done.Task;
        }
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
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                var (predicate, count, done) = _waiters[i];
                if (!predicate(value))
                {
                    continue;
                }

                if (count <= 1)
                {
                    done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
                else
                {
                    _waiters[i] = (predicate, count - 1, done);
                }
            }
        }
    }
}
