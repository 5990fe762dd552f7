using Reconciler.Core.Content;
using Reconciler.Core.Validation;

namespace Reconciler.Core.Tests.Hostile;

/// <summary>
/// Runs <see cref="ContentValidator.LoadAndValidate"/> on a worker thread and gives up after a
/// limit, so that a hang fails the test instead of stalling the run, and an escaped exception is
/// reported with its stack trace instead of ending the corpus early.
/// </summary>
internal static class BoundedValidation
{
    /// <summary>Generous: a file takes milliseconds; only a hang (or a quadratic blow-up) comes near this.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    /// <summary>Null when the run finished (its report in <paramref name="report"/>); otherwise what went wrong.</summary>
    public static string? TryRun(IContentSource source, out ValidationReport? report)
    {
        report = null;
        var run = Task.Run(() => ContentValidator.LoadAndValidate(source));
        try
        {
            if (!run.Wait(Limit))
            {
                return $"hang: no result after {Limit.TotalSeconds} s";
            }
        }
        catch (AggregateException e)
        {
            var inner = e.InnerException!;
            return $"{inner.GetType().Name} escaped: {inner.Message}\n{inner.StackTrace}";
        }

        report = run.Result;
        return null;
    }

    /// <summary>The report; fails the test on a hang or an escaped exception.</summary>
    public static ValidationReport Run(IContentSource source)
    {
        var failure = TryRun(source, out var report);
        Assert.True(failure is null, failure);
        return report!;
    }
}
