using System.Net;
using Reconciler.Cxone.Tests.Fakes;

namespace Reconciler.Cxone.Tests.Http;

public sealed class SecretRedactionTests
{
    [Fact]
    public async Task Logs_EveryPathThroughTheClient_NeverContainSecretOrToken()
    {
        var time = new ManualTimeProvider();
        var logging = new CapturingLoggerProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1)) };
        fake.Enqueue(FakeCxone.Error(401, "unauthorized", "expired"));
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "1")));
        fake.Enqueue(FakeCxone.Error(500, "server_error", "boom"));
        fake.EnqueueDrop();
        using ICxoneClient client = TestClients.Create(fake, time, logging: logging);
        var messages = new List<string>();

        await time.AdvanceUntilAsync(client.ListWidgetsAsync().ToListAsync().AsTask(), TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(30));
        fake.Fallback = _ => FakeCxone.Error(403, "insufficient_scope", "missing", ",\"scope\":\"config:write\"");
        messages.Add((await Assert.ThrowsAsync<CxoneApiException>(() => client.PutAssignmentsAsync("w", []))).ToString());
        fake.TokenResponder = _ => FakeCxone.Error(401, "invalid_client", "bad secret");
        time.Advance(TimeSpan.FromHours(2));
        messages.Add((await Assert.ThrowsAsync<CxoneApiException>(() => client.GetJobAsync("j"))).ToString());

        string everything = logging.AllText + "\n" + string.Join("\n", messages);
        Assert.True(logging.Lines.Count >= 8, everything);
        Assert.Contains("Retrying", logging.AllText, StringComparison.Ordinal);
        Assert.Contains("refreshing the access token", logging.AllText, StringComparison.Ordinal);
        string[] secrets = [FakeCxone.ClientSecret, "tok-1-a8d7f6", "tok-2-a8d7f6", "a8d7f6"];
        foreach (string secret in secrets)
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToString_ConnectionAndTokenRecords_Redacted()
    {
        var token = new Reconciler.Cxone.Auth.TokenResponse("tok-secret", 60, "Bearer", "all");
        var cached = new Reconciler.Cxone.Auth.CachedToken("tok-secret", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        Assert.DoesNotContain("tok-secret", token.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok-secret", cached.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCxone.ClientSecret, FakeCxone.Connection().ToString(), StringComparison.Ordinal);
    }
}
