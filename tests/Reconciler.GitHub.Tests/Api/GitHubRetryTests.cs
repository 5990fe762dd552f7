using System.Net;
using System.Net.Http.Headers;
using Reconciler.GitHub.Api;

namespace Reconciler.GitHub.Tests.Api;

public sealed class GitHubRetryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.UnprocessableEntity, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    public void IsTransient_StatusWithoutHints_ClassifiesTerminalVersusTransient(HttpStatusCode status, bool transient)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(transient, GitHubRetry.IsTransient(response, Now));
    }

    [Fact]
    public void RateLimitWait_RetryAfterDate_WaitsUntilThatDate()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), GitHubRetry.RateLimitWait(response, Now));
        Assert.True(GitHubRetry.IsTransient(response, Now));
    }

    [Fact]
    public void RateLimitWait_RemainingZeroWithReset_WaitsUntilReset()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden);
        response.Headers.Add("x-ratelimit-remaining", "0");
        response.Headers.Add("x-ratelimit-reset", Now.AddSeconds(12).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(TimeSpan.FromSeconds(12), GitHubRetry.RateLimitWait(response, Now));
    }

    [Fact]
    public void IsTransient_RetryAfterLongerThanAMinute_IsNotRetried()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(10));

        Assert.False(GitHubRetry.IsTransient(response, Now));
    }

    [Fact]
    public void RateLimitWait_ServerError_IsNullSoBackoffApplies()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(5));

        Assert.Null(GitHubRetry.RateLimitWait(response, Now));
    }
}
