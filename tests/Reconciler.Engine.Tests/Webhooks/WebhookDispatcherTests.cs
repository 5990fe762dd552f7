using System.Diagnostics;
using System.Text.Json;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;
using Reconciler.Engine.Tests.Audit;
using Reconciler.Engine.Webhooks;
using Reconciler.TestSupport;

namespace Reconciler.Engine.Tests.Webhooks;

public sealed class WebhookDispatcherTests
{
    private const string Secret = "whsec-test-1234";

    // A generous attempt timeout: on a loaded CI machine the receiver's first answer can take seconds, and a timeout would add an attempt the retry tests count.
    private static readonly WebhookOptions Fast = new() { BaseDelay = TimeSpan.FromMilliseconds(20), AttemptTimeout = TimeSpan.FromSeconds(15), UseJitter = false };

    [Fact]
    public async Task Finished_TemplateApplied_ReceiverGetsSignedCmsPayload()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var dispatcher = Dispatcher(receiver.Url);

        dispatcher.Finished(AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.Applied));
        var report = await dispatcher.CompleteAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, report.Delivered);
        Assert.Empty(report.Failures);
        var request = Assert.Single(receiver.Received);
        Assert.True(WebhookSignature.Verify(Secret, request.Body, request.Headers[WebhookDefaults.SignatureHeader]));
        Assert.Equal(WebhookPayload.TemplateVersionUpdated, request.Headers[WebhookDefaults.EventHeader]);
        Assert.True(long.TryParse(request.Headers[WebhookDefaults.TimestampHeader], out _));
        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal("ops-chat", root.GetProperty("webhookId").GetString());
        Assert.Equal("TEMPLATE_VERSION_UPDATED", root.GetProperty("eventType").GetString());
        var data = root.GetProperty("data");
        Assert.Equal(("tmpl_a", "v2.4", "en-US", "COMPLETED"), (data.GetProperty("templateId").GetString(), data.GetProperty("version").GetString(), data.GetProperty("locale").GetString(), data.GetProperty("status").GetString()));
        Assert.Equal("https://cxone.example.com", data.GetProperty("syncTarget").GetString());
        Assert.True(data.GetProperty("validationPassed").GetBoolean());
    }

    [Fact]
    public async Task Finished_ThemeFailed_SendsThemeEventWithFailedStatus()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var dispatcher = Dispatcher(receiver.Url);

        dispatcher.Finished(AuditFixtures.Outcome(ChangeKind.Theme, ApplyStatus.Failed, message: "theme t did not activate", id: "enterprise-dark"));
        await dispatcher.CompleteAsync(TimeSpan.FromSeconds(10));

        using var json = JsonDocument.Parse(Assert.Single(receiver.Received).Body);
        var data = json.RootElement.GetProperty("data");
        Assert.Equal("THEME_VERSION_UPDATED", json.RootElement.GetProperty("eventType").GetString());
        Assert.Equal("enterprise-dark", data.GetProperty("themeKey").GetString());
        Assert.Equal("FAILED", data.GetProperty("status").GetString());
        Assert.False(data.GetProperty("validationPassed").GetBoolean());
    }

    [Fact]
    public async Task Finished_ReceiverAnswers500Twice_RetriedUntilAcceptedWithTheSameSignedBody()
    {
        await using var receiver = await WebhookReceiver.StartAsync(default, 500, 503);
        await using var dispatcher = Dispatcher(receiver.Url);

        dispatcher.Finished(AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.Applied));
        var report = await dispatcher.CompleteAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, report.Delivered);
        Assert.Empty(report.Failures);
        var attempts = receiver.Received.ToList();
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(attempts[0].Body, a.Body));
        Assert.Single(attempts.Select(a => a.Headers[WebhookDefaults.DeliveryHeader]).Distinct());
        Assert.All(attempts, a => Assert.True(WebhookSignature.Verify(Secret, a.Body, a.Headers[WebhookDefaults.SignatureHeader])));
    }

    [Fact]
    public async Task Finished_ReceiverRefuses400_NotRetriedAndReportedWithoutTheUrl()
    {
        await using var receiver = await WebhookReceiver.StartAsync(default, 400);
        await using var dispatcher = Dispatcher(receiver.Url);

        dispatcher.Finished(AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.Applied));
        var report = await dispatcher.CompleteAsync(TimeSpan.FromSeconds(10));

        Assert.Single(receiver.Received);
        var failure = Assert.Single(report.Failures);
        Assert.Contains("webhook ops-chat", failure, StringComparison.Ordinal);
        Assert.Contains("400", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finished_DeadReceiver_ApplyIsNotBlockedAndTheFailureIsReported()
    {
        Uri dead;
        await using (var receiver = await WebhookReceiver.StartAsync())
        {
            dead = receiver.Url;
        }

        await using var dispatcher = Dispatcher(dead);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            dispatcher.Finished(AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.Applied, id: $"tmpl_{i}"));
        }

        var enqueueTime = watch.Elapsed;
        var report = await dispatcher.CompleteAsync(TimeSpan.FromSeconds(20));

        Assert.True(enqueueTime < TimeSpan.FromMilliseconds(500), $"Finished blocked for {enqueueTime}");
        Assert.Equal(0, report.Delivered);
        Assert.Equal(20, report.Failures.Count);
        Assert.All(report.Failures, f => Assert.Contains("could not connect", f, StringComparison.Ordinal));
        Assert.All(report.Failures, f => Assert.DoesNotContain("secret-token", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CompleteAsync_SlowReceiver_GivesUpAfterTheBoundAndReportsWhatIsLeft()
    {
        await using var receiver = await WebhookReceiver.StartAsync(TimeSpan.FromSeconds(30));
        await using var dispatcher = Dispatcher(receiver.Url, Fast with { AttemptTimeout = TimeSpan.FromSeconds(20) });
        for (var i = 0; i < 3; i++)
        {
            dispatcher.Finished(AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.Applied, id: $"tmpl_{i}"));
        }

        var watch = Stopwatch.StartNew();
        var report = await dispatcher.CompleteAsync(TimeSpan.FromMilliseconds(500));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"waited {watch.Elapsed}");
        Assert.Contains(report.Failures, f => f.StartsWith("3 webhook deliveries were still pending", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Finished_AttemptTimesOut_RetriedThenReported()
    {
        await using var receiver = await WebhookReceiver.StartAsync(TimeSpan.FromSeconds(5));
        await using var dispatcher = Dispatcher(receiver.Url, Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(200), MaxAttempts = 2 });

        dispatcher.Finished(AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.Applied));
        var report = await dispatcher.CompleteAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("timed out", Assert.Single(report.Failures), StringComparison.Ordinal);
        Assert.Equal(2, receiver.Received.Count);
    }

    [Theory]
    [InlineData(ChangeKind.Assignment, ApplyStatus.Applied)]
    [InlineData(ChangeKind.Template, ApplyStatus.AlreadyApplied)]
    [InlineData(ChangeKind.Template, ApplyStatus.NotAttempted)]
    public async Task Finished_NotAVersionUpdate_NothingSent(ChangeKind kind, ApplyStatus status)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var dispatcher = Dispatcher(receiver.Url);

        dispatcher.Finished(AuditFixtures.Outcome(kind, status));
        var report = await dispatcher.CompleteAsync(TimeSpan.FromSeconds(5));

        Assert.Empty(receiver.Received);
        Assert.Equal(WebhookReport.Empty with { }, report with { Failures = [] });
    }

    [Fact]
    public async Task Finished_FailureWithoutFailedSubscription_NothingSent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var dispatcher = new WebhookDispatcher([new WebhookTarget("ops-chat", receiver.Url, Secret, ["applied"])], "x", Fast);

        dispatcher.Finished(AuditFixtures.Outcome(ChangeKind.Template, ApplyStatus.Failed, message: "boom"));
        await dispatcher.CompleteAsync(TimeSpan.FromSeconds(5));

        Assert.Empty(receiver.Received);
    }

    private static WebhookDispatcher Dispatcher(Uri url, WebhookOptions? options = null) =>
        new([new WebhookTarget("ops-chat", url, Secret, ["applied", "failed"])], "https://cxone.example.com", options ?? Fast);
}
