using System.Net;
using Microsoft.Extensions.Logging;
using Reconciler.Cxone.Http;
using Reconciler.Cxone.Jobs;
using Reconciler.Cxone.Json;

namespace Reconciler.Cxone.Themes;

/// <summary>
/// Theme calls. A publish carries a client-chosen id, so a retry after a lost answer gets a 409
/// naming that same id; the live theme is then compared by content and reads as
/// <see cref="ThemePublishOutcome.AlreadyExists"/>.
/// </summary>
internal sealed class ThemeCalls(CxoneTransport transport, PageReader pages, StatusPoller poller, ILogger logger)
{
    private const string WidgetsPath = "api/v1/omnichannel/webmessaging/widgets";
    private const string ThemesPath = "api/v1/omnichannel/webmessaging/themes";

    public async Task<ThemePublishOutcome> PublishAsync(string widgetId, ThemePayload theme, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(widgetId);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentException.ThrowIfNullOrWhiteSpace(theme.Id);
        byte[] body = CxoneTransport.Serialize(theme, WebMessagingJsonContext.Default.ThemePayload);
        var call = ApiCall.Post($"{WidgetsPath}/{ApiCall.Segment(widgetId)}/themes");
        ApiResponse response = await transport.SendAsync(call, body, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            PublishThemeResponse accepted = CxoneTransport.Read(response, WebMessagingJsonContext.Default.PublishThemeResponse);
            return new ThemePublishOutcome.Accepted(string.IsNullOrEmpty(accepted.Id) ? theme.Id : accepted.Id, accepted.State);
        }

        if (response.StatusCode != HttpStatusCode.Conflict)
        {
            throw ApiErrors.FromResponse(response);
        }

        ApiErrorBody? conflict = ApiErrors.TryParse(response.Body);
        return await JudgeExistingAsync(widgetId, theme, conflict, cancellationToken).ConfigureAwait(false);
    }

    public Task<ThemeStatus> GetStatusAsync(string themeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(themeId);
        return transport.SendAsync(StatusCall(themeId), null, WebMessagingJsonContext.Default.ThemeStatus, cancellationToken);
    }

    public Task<ThemeStatus> WaitForActiveAsync(string themeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(themeId);
        return poller.PollAsync(
            $"Theme {themeId}",
            StatusCall(themeId).ToString(),
            ct => GetStatusAsync(themeId, ct),
            static status => status.IsFinished,
            static status => status.State.ToString().ToUpperInvariant(),
            cancellationToken);
    }

    public IAsyncEnumerable<WidgetTheme> ListWidgetThemesAsync(string widgetId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(widgetId);
        return pages.ReadAllAsync(
            $"{WidgetsPath}/{ApiCall.Segment(widgetId)}/themes",
            null,
            WebMessagingJsonContext.Default.ApiPageWidgetTheme,
            cancellationToken);
    }

    public IAsyncEnumerable<WidgetTheme> ListAllThemesAsync(CancellationToken cancellationToken) =>
        pages.ReadAllAsync(ThemesPath, null, WebMessagingJsonContext.Default.ApiPageWidgetTheme, cancellationToken);

    private static ApiCall StatusCall(string themeId) => ApiCall.Get($"{ThemesPath}/{ApiCall.Segment(themeId)}/status");

    private async Task<ThemePublishOutcome> JudgeExistingAsync(
        string widgetId,
        ThemePayload theme,
        ApiErrorBody? conflict,
        CancellationToken cancellationToken)
    {
        string? existingId = conflict?.ExistingId;
        string subject = $"Theme '{theme.Name}' {theme.VersionTag} on widget {widgetId}";
        WidgetTheme? live = null;
        await foreach (WidgetTheme candidate in ListWidgetThemesAsync(widgetId, cancellationToken).ConfigureAwait(false))
        {
            bool sameId = existingId is not null ? candidate.Id == existingId : candidate.Id == theme.Id;
            bool sameTag = candidate.Name == theme.Name && candidate.VersionTag == theme.VersionTag;
            if (sameId || (existingId is null && sameTag))
            {
                live = candidate;
                break;
            }
        }

        if (live is not null && ThemeContent.Matches(theme, live))
        {
            CxoneLog.AlreadyExists(logger, subject);
            return new ThemePublishOutcome.AlreadyExists(live.Id, live.State);
        }

        string message = live is null
            ? $"{subject} conflicts with theme {existingId ?? "(unnamed)"}, which this widget does not list ({conflict?.Message ?? "no details"}); theme ids must be unique across widgets."
            : $"{subject} is already published with different content (theme {live.Id}); version tags are immutable, so bump versionTag to publish this change.";
        CxoneLog.Conflict(logger, subject, message);
        return new ThemePublishOutcome.Conflict(message, existingId ?? live?.Id);
    }
}
