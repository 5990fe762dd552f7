namespace Reconciler.Preview.Hosting;

/// <summary>
/// Lets any number of waiters hear the next change: each <see cref="WaitAsync"/> completes at the
/// next <see cref="Raise"/>. Used by the Server-Sent-Events endpoint to tell pages to reload.
/// </summary>
internal sealed class ChangeSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = New();

    /// <summary>How many changes have been raised.</summary>
    public int Count { get; private set; }

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _next.Task.WaitAsync(cancellationToken);
        }
    }

    public void Raise()
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            done = _next;
            _next = New();
            Count++;
        }

        done.TrySetResult();
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
