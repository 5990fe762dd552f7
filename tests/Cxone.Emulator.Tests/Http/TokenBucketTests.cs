using Cxone.Emulator.Http;

namespace Cxone.Emulator.Tests.Http;

public sealed class TokenBucketTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryTake_FullBucket_AllowsOneSecondsWorthThenRefuses()
    {
        var bucket = new TokenBucket(3, T0);

        Assert.True(bucket.TryTake(T0, out _));
        Assert.True(bucket.TryTake(T0, out _));
        Assert.True(bucket.TryTake(T0, out _));
        Assert.False(bucket.TryTake(T0, out var retryAfter));
        Assert.Equal(1.0 / 3, retryAfter.TotalSeconds, 6);
    }

    [Fact]
    public void TryTake_AfterIdle_NeverHoldsMoreThanCapacity()
    {
        var bucket = new TokenBucket(2, T0);
        var later = T0.AddHours(1);

        Assert.True(bucket.TryTake(later, out _));
        Assert.True(bucket.TryTake(later, out _));
        Assert.False(bucket.TryTake(later, out _));
    }

    [Fact]
    public void TryTake_FractionalRate_HoldsAtLeastOneToken()
    {
        var bucket = new TokenBucket(0.5, T0);

        Assert.True(bucket.TryTake(T0, out _));
        Assert.False(bucket.TryTake(T0.AddSeconds(1), out var retryAfter));
        Assert.Equal(1, retryAfter.TotalSeconds, 6);
        Assert.True(bucket.TryTake(T0.AddSeconds(2), out _));
    }

    [Fact]
    public void TryTake_ClockGoingBackwards_DoesNotAddTokens()
    {
        var bucket = new TokenBucket(1, T0);
        Assert.True(bucket.TryTake(T0, out _));

        Assert.False(bucket.TryTake(T0.AddSeconds(-10), out _));
    }
}
