using System.Net;
using System.Text.Json;
using Reconciler.Cxone.Tests.Fakes;
using Reconciler.Cxone.Themes;

namespace Reconciler.Cxone.Tests.Themes;

public sealed class ThemeCallsTests
{
    private const string ThemeId = "5f0c3d1e-8a7b-4c2d-9e1f-0a1b2c3d4e5f";

    [Fact]
    public async Task PublishTheme_Accepted_SendsSnakeCaseWithClientId()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.Accepted, $$"""{"id":"{{ThemeId}}","widget_id":"w-1","version_tag":"v1.0.0","state":"PENDING"}"""));
        using ICxoneClient client = TestClients.Create(fake, time);

        ThemePublishOutcome outcome = await client.PublishThemeAsync("w-1", Payloads.Theme());

        Assert.Equal(new ThemePublishOutcome.Accepted(ThemeId, ThemeState.Pending), outcome);
        RecordedRequest post = fake.ApiRequests[0];
        Assert.Equal("/api/v1/omnichannel/webmessaging/widgets/w-1/themes", post.Path);
        using JsonDocument body = JsonDocument.Parse(post.Body);
        JsonElement root = body.RootElement;
        Assert.Equal(ThemeId, root.GetProperty("id").GetString());
        Assert.Equal("v1.0.0", root.GetProperty("version_tag").GetString());
        Assert.Equal("#1A1A1A", root.GetProperty("background_color").GetString());
        Assert.Equal(14, root.GetProperty("font").GetProperty("size_px").GetInt32());
        Assert.Equal("#000000", root.GetProperty("buttons")[0].GetProperty("text_color").GetString());
        Assert.Equal(360, root.GetProperty("max_width_px").GetInt32());
    }

    [Fact]
    public async Task PublishTheme_409SameIdIdenticalContent_AlreadyExists()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(FakeCxone.Error(409, "conflict", "theme exists", $",\"existing_id\":\"{ThemeId}\""));
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1, Payloads.ThemeJson("other", "w-1", "v0.9.0"), Payloads.ThemeJson(ThemeId, "w-1"))));
        using ICxoneClient client = TestClients.Create(fake, time);

        ThemePublishOutcome outcome = await client.PublishThemeAsync("w-1", Payloads.Theme());

        // Colour case differs (#1a1a1a live, #1A1A1A desired): still the same theme.
        Assert.Equal(new ThemePublishOutcome.AlreadyExists(ThemeId, ThemeState.Active), outcome);
    }

    [Fact]
    public async Task PublishTheme_409DifferentContent_Conflict()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(FakeCxone.Error(409, "conflict", "version tag exists", ",\"existing_id\":\"live-1\""));
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1, Payloads.ThemeJson("live-1", "w-1", background: "#FFFFFF"))));
        using ICxoneClient client = TestClients.Create(fake, time);

        ThemePublishOutcome outcome = await client.PublishThemeAsync("w-1", Payloads.Theme());

        var conflict = Assert.IsType<ThemePublishOutcome.Conflict>(outcome);
        Assert.Equal("live-1", conflict.ExistingId);
        Assert.Contains("bump versionTag", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishTheme_409IdOnAnotherWidget_Conflict()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(FakeCxone.Error(409, "conflict", "id exists", $",\"existing_id\":\"{ThemeId}\""));
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(1, 1)));
        using ICxoneClient client = TestClients.Create(fake, time);

        var conflict = Assert.IsType<ThemePublishOutcome.Conflict>(await client.PublishThemeAsync("w-2", Payloads.Theme()));

        Assert.Contains("unique across widgets", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishTheme_400_ThrowsWithApiMessage()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Error(400, "invalid_request", "max_width_px must be 280-420") };
        using ICxoneClient client = TestClients.Create(fake, time);

        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => client.PublishThemeAsync("w-1", Payloads.Theme()));

        Assert.Contains("max_width_px must be 280-420", ex.Message, StringComparison.Ordinal);
        Assert.Single(fake.ApiRequests);
    }

    [Fact]
    public async Task WaitForThemeActive_Failed_ReturnsErrorMessage()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time);
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, $$"""{"id":"{{ThemeId}}","state":"PENDING","error_message":null}"""));
        fake.Enqueue(FakeCxone.Json(HttpStatusCode.OK, $$"""{"id":"{{ThemeId}}","state":"FAILED","error_message":"button contrast 1.2:1 < 4.5:1"}"""));
        using ICxoneClient client = TestClients.Create(fake, time);

        Task<ThemeStatus> wait = client.WaitForThemeActiveAsync(ThemeId);
        await time.AdvanceUntilAsync(wait, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5));

        ThemeStatus status = await wait;
        Assert.Equal(ThemeState.Failed, status.State);
        Assert.Equal("button contrast 1.2:1 < 4.5:1", status.ErrorMessage);
        Assert.Equal($"/api/v1/omnichannel/webmessaging/themes/{ThemeId}/status", fake.ApiRequests[0].Path);
    }

    [Fact]
    public async Task WaitForThemeActive_NeverActivates_FailsAtDeadline()
    {
        var time = new ManualTimeProvider();
        var fake = new FakeCxone(time) { Fallback = _ => FakeCxone.Json(HttpStatusCode.OK, $$"""{"id":"{{ThemeId}}","state":"PENDING"}""") };
        using ICxoneClient client = TestClients.Create(fake, time, TestClients.Fast with { JobDeadline = TimeSpan.FromSeconds(3) });

        Task<ThemeStatus> wait = client.WaitForThemeActiveAsync(ThemeId);
        var ex = await Assert.ThrowsAsync<CxoneApiException>(() => time.AdvanceUntilAsync(wait, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(30)));

        Assert.Equal("job_deadline_exceeded", ex.ErrorCode);
        Assert.Contains($"Theme {ThemeId} was still PENDING", ex.Message, StringComparison.Ordinal);
    }
}
