namespace Reconciler.Cxone.Resilience;

/// <summary>
/// A token bucket that keeps the client under the tenant's request rate: it refills
/// <see cref="TokensPerPeriod"/> permits every <see cref="Period"/> and holds at most that many,
/// so a burst is about a tenth of a second's worth and a server counting per second is not overrun.
/// Waiters are served in arrival order.
/// </summary>
/// <remarks>
/// Not <c>System.Threading.RateLimiting.TokenBucketRateLimiter</c>: even with manual
/// replenishment it checks elapsed time against its own <c>Stopwatch</c>, so it cannot run on an
/// injected <see cref="TimeProvider"/> and could only be tested by sleeping.
/// </remarks>
internal sealed class ClientRateLimiter : IDisposable
{
    private readonly object _gate = new();
    private readonly Queue<TaskCompletionSource> _waiters = new();
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly ITimer _timer;
    private long _periodStartTicks;
    private int _tokens;
    private bool _timerArmed;
    private bool _disposed;

    public ClientRateLimiter(double requestsPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);

        // About ten refills a second, each a whole number of permits, with the period chosen so the
        // rate is exact (18/s is 1 permit every 55.6 ms, not 2 every 100 ms = 20/s).
        TokensPerPeriod = (int)Math.Max(1, Math.Floor(requestsPerSecond / 10));
        Period = TimeSpan.FromTicks((long)Math.Round(TokensPerPeriod * TimeSpan.TicksPerSecond / requestsPerSecond));
        _time = time;
        _origin = time.GetTimestamp();
        _tokens = TokensPerPeriod;
        _timer = time.CreateTimer(static state => ((ClientRateLimiter)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public TimeSpan Period { get; }

    public int TokensPerPeriod { get; }

    /// <summary>Returns at once when a permit is free, otherwise waits for one in arrival order.</summary>
    public ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TaskCompletionSource waiter;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Refill();
            if (_waiters.Count == 0 && _tokens > 0)
            {
                _tokens--;
                return ValueTask.CompletedTask;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Enqueue(waiter);
            ArmTimer();
        }

        return new ValueTask(WaitAsync(waiter, cancellationToken));
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            while (_waiters.TryDequeue(out TaskCompletionSource? waiter))
            {
                waiter.TrySetException(new ObjectDisposedException(nameof(ClientRateLimiter)));
            }
        }

        _timer.Dispose();
    }

    private static async Task WaitAsync(TaskCompletionSource waiter, CancellationToken cancellationToken)
    {
        // A cancelled waiter stays queued but completed, so the grant loop skips it without using a permit.
        await using (cancellationToken.Register(static w => ((TaskCompletionSource)w!).TrySetCanceled(), waiter).ConfigureAwait(false))
        {
            await waiter.Task.ConfigureAwait(false);
        }
    }

    private long NowTicks => _time.GetElapsedTime(_origin).Ticks;

    private void OnTimer()
    {
        lock (_gate)
        {
            _timerArmed = false;
            if (_disposed)
            {
                return;
            }

            Refill();
            while (_tokens > 0 && _waiters.TryDequeue(out TaskCompletionSource? waiter))
            {
                if (waiter.TrySetResult())
                {
                    _tokens--;
                }
            }

            if (_waiters.Count > 0)
            {
                ArmTimer();
            }
        }
    }

    private void Refill()
    {
        long elapsedPeriods = (NowTicks - _periodStartTicks) / Period.Ticks;
        if (elapsedPeriods > 0)
        {
            _tokens = (int)Math.Min(TokensPerPeriod, _tokens + (elapsedPeriods * TokensPerPeriod));
            _periodStartTicks += elapsedPeriods * Period.Ticks;
        }
    }

    private void ArmTimer()
    {
        if (_timerArmed)
        {
            return;
        }

        long due = Math.Max(_periodStartTicks + Period.Ticks - NowTicks, TimeSpan.TicksPerMillisecond);
        _timerArmed = true;
        _timer.Change(TimeSpan.FromTicks(due), Timeout.InfiniteTimeSpan);
    }
}
