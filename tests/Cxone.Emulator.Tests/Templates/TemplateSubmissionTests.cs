using System.Text.Json.Nodes;
using Cxone.Emulator.Tests.Support;

namespace Cxone.Emulator.Tests.Templates;

public sealed class TemplateSubmissionTests
{
    [Fact]
    public async Task Submit_ValidTemplate_Is202WithQueuedJob()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.PostAsync(Paths.Templates, Payloads.Template());

        Assert.Equal(202, response.Status);
        Assert.StartsWith("job-", response.Json["jobId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("QUEUED", response.Json["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Job_OverItsLatency_MovesQueuedRunningCompleted_AndVersionAppearsOnlyAtTheEnd()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TokenAsync();
        var jobId = (await h.PostAsync(Paths.Templates, Payloads.Template(), token)).Json["jobId"]!.GetValue<string>();

        async Task<string> Status() => (await h.GetAsync(Paths.Job(jobId), token)).Json["status"]!.GetValue<string>();
        async Task<int> Listed() => (await h.GetAsync(Paths.Templates, token)).Json["total_items"]!.GetValue<int>();

        Assert.Equal("QUEUED", await Status());
        h.Clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal("QUEUED", await Status());
        h.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("RUNNING", await Status());
        Assert.Equal(0, await Listed());
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        var job = (await h.GetAsync(Paths.Job(jobId), token)).Json;

        Assert.Equal("COMPLETED", job["status"]!.GetValue<string>());
        Assert.Null(job["errorMessage"]);
        Assert.Equal("tmpl_order", job["templateId"]!.GetValue<string>());
        Assert.Equal("en-US", job["locale"]!.GetValue<string>());
        Assert.Equal("v1.0", job["version"]!.GetValue<string>());
        Assert.Equal(1, await Listed());
    }

    [Fact]
    public async Task Job_WithFailureRateOne_EndsFailedAndResubmittingWorks()
    {
        await using var failing = await EmulatorHarness.StartAsync(o => new EmulatorOptions { TimeProvider = o.TimeProvider, RequestLog = o.RequestLog, JobFailureRate = 1 });
        var token = await failing.TokenAsync();
        var jobId = (await failing.PostAsync(Paths.Templates, Payloads.Template(), token)).Json["jobId"]!.GetValue<string>();
        failing.Clock.Advance(TimeSpan.FromSeconds(1));
        failing.Clock.Advance(TimeSpan.FromSeconds(1));

        var job = (await failing.GetAsync(Paths.Job(jobId), token)).Json;
        Assert.Equal("FAILED", job["status"]!.GetValue<string>());
        Assert.Contains("submit it again", job["errorMessage"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, (await failing.GetAsync(Paths.Templates, token)).Json["total_items"]!.GetValue<int>());
        Assert.Equal(202, (await failing.PostAsync(Paths.Templates, Payloads.Template(), token)).Status);
    }

    [Fact]
    public async Task Job_Unknown_Is404()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var response = await h.GetAsync(Paths.Job("job-nope"));

        Assert.Equal(404, response.Status);
        Assert.Equal("not_found", response.Error);
    }

    [Fact]
    public async Task Submit_ExistingVersion_Is409WithExistingAndContentHash()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.CreateTemplateAsync(Payloads.Template());

        var again = await h.PostAsync(Paths.Templates, Payloads.Template());

        Assert.Equal(409, again.Status);
        Assert.Equal("conflict", again.Error);
        Assert.Equal("v1.0", again.Json["existing"]!["version"]!.GetValue<string>());
        Assert.Equal("sha256:abc", again.Json["existing"]!["contentHash"]!.GetValue<string>());
        Assert.Null(again.Json["jobId"]);
    }

    [Fact]
    public async Task Submit_VersionStillInFlight_Is409NamingThatJob()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var first = await h.PostAsync(Paths.Templates, Payloads.Template());

        var again = await h.PostAsync(Paths.Templates, Payloads.Template());

        Assert.Equal(409, again.Status);
        Assert.Equal(first.Json["jobId"]!.GetValue<string>(), again.Json["jobId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_SameVersionOtherLocale_IsAccepted()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.CreateTemplateAsync(Payloads.Template());

        Assert.Equal(202, (await h.PostAsync(Paths.Templates, Payloads.Template(locale: "es-MX"))).Status);
    }

    public static TheoryData<string, string> InvalidTemplates() => new()
    {
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"Hi {{ customer.name }}"}],"variables":["customer.name"]}""", "TPL003" },
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"Order {{order-id}}"}],"variables":["order_id"]}""", "TPL004" },
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"Hi {{customer.name"}],"variables":["customer.name"]}""", "TPL001" },
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"Hi {{}}"}],"variables":[]}""", "TPL002" },
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"Hi {{customer.name}}"}],"variables":[]}""", "is not declared" },
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"en_us","contentBlocks":[{"id":"a","type":"text","content":"Hi"}],"variables":[]}""", "did you mean \"en-US\"" },
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"english","contentBlocks":[{"id":"a","type":"text","content":"Hi"}],"variables":[]}""", "BCP 47" },
        { """{"version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"Hi"}],"variables":[]}""", "templateId is required" },
        { """{"templateId":"t","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"Hi"}],"variables":[]}""", "version is required" },
        { """{"templateId":"t","version":"v1","channels":[],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"Hi"}],"variables":[]}""", "channels" },
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[],"variables":[]}""", "contentBlocks" },
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text"}],"variables":[]}""", "content is required" },
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"x"},{"id":"a","type":"text","content":"y"}],"variables":[]}""", "unique" },
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"x"}]}""", "variables is required" },
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"x"}],"variables":["Bad-Name"]}""", "variables[0]" },
        { """{"templateId":"a/b","version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"x"}],"variables":[]}""", "templateId" },
        { """{"templateId":"t","version":"v 1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"x"}],"variables":[]}""", "without spaces" },
        { """{"templateId":"t","version":"v1","channels":["whatsapp"],"locale":"en-US","contentBlocks":[{"id":"a","type":"text","content":"x"}],"variables":[],"metadata":[1]}""", "metadata" },
        { """{"templateId":42}""", "$.templateId" },
        { """{"templateId":"t",""", "not the expected JSON" },
        { """null""", "not null" },
        { """[1,2]""", "not the expected JSON" },
    };

    [Theory]
    [MemberData(nameof(InvalidTemplates))]
    public async Task Submit_InvalidTemplate_Is400SayingWhatIsWrong(string body, string expected)
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, Paths.Templates.TrimStart('/'))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", await h.TokenAsync());
        using var response = await h.Http.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("invalid_request", json["error"]!.GetValue<string>());
        Assert.Contains(expected, json["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WhatsAppBlockOf1025CodePoints_Is400ButOf1024Passes()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var ok = Payloads.Template();
        ok["contentBlocks"] = new JsonArray(new JsonObject { ["id"] = "a", ["type"] = "text", ["content"] = string.Concat(Enumerable.Repeat("😀", 1024)) });
        ok["variables"] = new JsonArray();
        var tooLong = (JsonObject)ok.DeepClone();
        tooLong["version"] = "v2";
        tooLong["contentBlocks"]![0]!["content"] = string.Concat(Enumerable.Repeat("😀", 1025));

        Assert.Equal(202, (await h.PostAsync(Paths.Templates, ok)).Status);
        var rejected = await h.PostAsync(Paths.Templates, tooLong);
        Assert.Equal(400, rejected.Status);
        Assert.Contains("1025 characters; WhatsApp allows 1024", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_LongBlockForSmsOnly_IsAccepted()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var payload = Payloads.Template(channel: "sms");
        payload["contentBlocks"]![0]!["content"] = new string('x', 2000);
        payload["variables"] = new JsonArray();

        Assert.Equal(202, (await h.PostAsync(Paths.Templates, payload)).Status);
    }

    [Fact]
    public async Task Submit_ManyProblems_ListsEachInDetails()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var payload = Payloads.Template(locale: "en_US");
        payload["contentBlocks"]![0]!["content"] = "Hi {{x}} and {{order-id}}";

        var response = await h.PostAsync(Paths.Templates, payload);

        Assert.Equal(400, response.Status);
        Assert.Equal(3, response.Json["details"]!.AsArray().Count);
    }

    [Fact]
    public async Task Submit_BodyOver4MiB_Is413()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var payload = Payloads.Template(channel: "sms");
        payload["contentBlocks"]![0]!["content"] = new string('x', 5 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, Paths.Templates.TrimStart('/'))
        {
            Content = new StringContent(payload.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", await h.TokenAsync());

        // Expect: 100-continue lets the server refuse before the client streams 5 MiB into a closing socket.
        request.Headers.ExpectContinue = true;
        using var response = await h.Http.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(413, (int)response.StatusCode);
        Assert.Equal("payload_too_large", json["error"]!.GetValue<string>());
    }
}
