using System.Net;
using System.Text.Json;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Tests.Fakes;

namespace Reconciler.Cxone.Tests.Templates;

public sealed class CreateTemplateVersionTests
{
    private const string VersionsPath = "/api/v1/interactions/digital/templates/tmpl_order_shipped/versions";

    private static HttpResponseMessage Accepted(string jobId = "job-1") =>
        FakeCxone.Json(HttpStatusCode.Accepted, $$"""{"jobId":"{{jobId}}","status":"QUEUED"}""");

    private static HttpResponseMessage Job(string jobId, string status, string? error = null) =>
        FakeCxone.Json(HttpStatusCode.OK, $$"""{"jobId":"{{jobId}}","status":"{{status}}","errorMessage":{{(error is null ? "null" : $"\"{error}\"")}}}""");

    private static HttpResponseMessage Conflict(string extra) =>
        FakeCxone.Error(409, "conflict", "version v1.0 of tmpl_order_shipped en-US exists", extra);

    [Fact]
    public async Task CreateTemplateVersion_Accepted_WaitsForJobAndReportsCreated()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(Accepted());
        fake.Enqueue(Job("job-1", "COMPLETED"));
        using ICxoneClient client = TestClients.Create(fake, time);

        TemplateVersionOutcome outcome = await client.CreateTemplateVersionAsync(Payloads.Template());

        Assert.Equal(new TemplateVersionOutcome.Created("job-1"), outcome);
        using JsonDocument body = JsonDocument.Parse(fake.ApiRequests[0].Body);
        Assert.Equal("tmpl_order_shipped", body.RootElement.GetProperty("templateId").GetString());
        Assert.Equal("msg_01", body.RootElement.GetProperty("contentBlocks")[0].GetProperty("id").GetString());
        Assert.Equal("tests", body.RootElement.GetProperty("metadata").GetProperty("createdBy").GetString());
        Assert.False(body.RootElement.GetProperty("metadata").TryGetProperty("contentHash", out _)); // nulls are not sent
    }

    [Fact]
    public async Task CreateTemplateVersion_JobFails_ReportsFailedWithErrorMessage()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(Accepted());
        fake.Enqueue(Job("job-1", "FAILED", "format verification failed"));
        using ICxoneClient client = TestClients.Create(fake, time);

        TemplateVersionOutcome outcome = await client.CreateTemplateVersionAsync(Payloads.Template());

        Assert.Equal(new TemplateVersionOutcome.Failed("job-1", "format verification failed"), outcome);
    }

    [Fact]
    public async Task CreateTemplateVersion_409WithSameContentHash_AlreadyExistsWithoutReadingVersions()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(Conflict(""","existing":{"templateId":"tmpl_order_shipped","locale":"en-US","version":"v1.0","contentHash":"sha256:abc"}"""));
        using ICxoneClient client = TestClients.Create(fake, time);

        TemplateVersionOutcome outcome = await client.CreateTemplateVersionAsync(Payloads.Template(hash: "sha256:abc"));

        Assert.Equal(new TemplateVersionOutcome.AlreadyExists("sha256:abc"), outcome);
        Assert.Single(fake.ApiRequests);
    }

    [Fact]
    public async Task CreateTemplateVersion_409WithoutHashButSameContent_AlreadyExists()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        TemplatePayload payload = Payloads.Template();
        fake.Enqueue(Conflict(""","existing":{"templateId":"tmpl_order_shipped","locale":"en-US","version":"v1.0"}"""));
        fake.Enqueue(r =>
        {
            Assert.Equal(VersionsPath, r.Path);
            return FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1, Payloads.TemplateJson(payload with { Locale = "es-MX" }), Payloads.TemplateJson(payload)));
        });
        using ICxoneClient client = TestClients.Create(fake, time);

        TemplateVersionOutcome outcome = await client.CreateTemplateVersionAsync(payload);

        // Channels and variables differ only in order, metadata entirely: still the same content.
        Assert.IsType<TemplateVersionOutcome.AlreadyExists>(outcome);
    }

    [Fact]
    public async Task CreateTemplateVersion_409WithDifferentContent_ConflictWithLiveHash()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        TemplatePayload payload = Payloads.Template(hash: "sha256:new");
        fake.Enqueue(Conflict(""","existing":{"templateId":"tmpl_order_shipped","locale":"en-US","version":"v1.0","contentHash":"sha256:old"}"""));
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1, Payloads.TemplateJson(payload with { ContentBlocks = [new ContentBlock("msg_01", "text", "Old text {{order.id}}")] }, "sha256:old"))));
        using ICxoneClient client = TestClients.Create(fake, time);

        TemplateVersionOutcome outcome = await client.CreateTemplateVersionAsync(payload);

        var conflict = Assert.IsType<TemplateVersionOutcome.Conflict>(outcome);
        Assert.Equal("sha256:old", conflict.LiveContentHash);
        Assert.Contains("bump the version", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateTemplateVersion_409WithInFlightJob_WaitsForItThenJudgesContent()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        TemplatePayload payload = Payloads.Template();
        fake.Enqueue(Conflict(""","jobId":"job-7","existing":{"templateId":"tmpl_order_shipped","locale":"en-US","version":"v1.0"}"""));
        fake.Enqueue(Job("job-7", "RUNNING"));
        fake.Enqueue(Job("job-7", "COMPLETED"));
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1, Payloads.TemplateJson(payload))));
        using ICxoneClient client = TestClients.Create(fake, time);

        Task<TemplateVersionOutcome> create = client.CreateTemplateVersionAsync(payload);
        await time.AdvanceUntilAsync(create, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10));

        Assert.IsType<TemplateVersionOutcome.AlreadyExists>(await create);
        Assert.Equal(["/api/v1/interactions/digital/templates", "/api/v1/jobs/job-7", "/api/v1/jobs/job-7", VersionsPath], fake.ApiRequests.Select(r => r.Path));
    }

    [Fact]
    public async Task CreateTemplateVersion_409WithInFlightJobThatFails_ReportsFailed()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(Conflict(",\"jobId\":\"job-7\""));
        fake.Enqueue(Job("job-7", "FAILED", "rejected by CXone"));
        using ICxoneClient client = TestClients.Create(fake, time);

        TemplateVersionOutcome outcome = await client.CreateTemplateVersionAsync(Payloads.Template());

        Assert.Equal(new TemplateVersionOutcome.Failed("job-7", "rejected by CXone"), outcome);
    }

    [Fact]
    public async Task CreateTemplateVersion_AnswerLostThen409_AlreadyExistsAndNoDuplicate()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        TemplatePayload payload = Payloads.Template(hash: "sha256:abc");
        fake.EnqueueDrop(); // the server created the job, but the answer never arrived
        fake.Enqueue(Conflict(""","jobId":"job-1","existing":{"templateId":"tmpl_order_shipped","locale":"en-US","version":"v1.0","contentHash":"sha256:abc"}"""));
        fake.Enqueue(Job("job-1", "COMPLETED"));
        using ICxoneClient client = TestClients.Create(fake, time);

        Task<TemplateVersionOutcome> create = client.CreateTemplateVersionAsync(payload);
        await time.AdvanceUntilAsync(create, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10));

        Assert.Equal(new TemplateVersionOutcome.AlreadyExists("sha256:abc"), await create);
        Assert.Equal(2, fake.ApiRequests.Count(r => r.Method == HttpMethod.Post));
    }

    [Fact]
    public async Task CreateTemplateVersion_400_ThrowsWithApiMessage()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Error(400, "invalid_request", "placeholder {{order-id}} is malformed at column 7") };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.CreateTemplateVersionAsync(Payloads.Template()));

        Assert.Single(fake.ApiRequests);
        Assert.Contains("400 invalid_request — placeholder {{order-id}} is malformed at column 7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitTemplate_409_ThrowsConflict()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(Conflict(""));
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.SubmitTemplateAsync(Payloads.Template()));

        Assert.Equal(HttpStatusCode.Conflict, ex.StatusCode);
    }

    [Fact]
    public async Task SubmitTemplate_202WithoutJobId_ReportsUnexpectedResponse()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.Accepted, """{"status":"QUEUED"}"""));
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.SubmitTemplateAsync(Payloads.Template()));

        Assert.Equal("unexpected_response", ex.ErrorCode);
    }
}
