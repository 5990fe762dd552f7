using System.Text.Encodings.Web;
using System.Text.Json;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Webhooks;

/// <summary>
/// The template tutorial's CMS payload (<c>generate_cms_webhook_payload</c>), for templates and
/// themes: <c>{webhookId, eventType, timestamp, data: {templateId|themeKey, version, locale, status,
/// syncTarget, validationPassed}}</c>.
/// </summary>
public static class WebhookPayload
{
    /// <summary>eventType of a template version.</summary>
    public const string TemplateVersionUpdated = "TEMPLATE_VERSION_UPDATED";

    /// <summary>eventType of a theme version.</summary>
    public const string ThemeVersionUpdated = "THEME_VERSION_UPDATED";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The eventType for <paramref name="kind"/>, or null for kinds that are not versions.</summary>
    public static string? EventTypeOf(ChangeKind kind) => kind switch
    {
        ChangeKind.Template => TemplateVersionUpdated,
        ChangeKind.Theme => ThemeVersionUpdated,
        _ => null,
    };

    /// <summary>The body bytes for one outcome, as sent and as signed.</summary>
    /// <param name="webhookId">The webhook setting's name.</param>
    /// <param name="outcome">The finished change (a template or theme version).</param>
    /// <param name="syncTarget">Where CXone is, for people (never credentials).</param>
    /// <param name="timestamp">Send time.</param>
    public static byte[] Create(string webhookId, AppliedChange outcome, string syncTarget, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var change = outcome.Change;
        var eventType = EventTypeOf(change.Kind) ?? throw new ArgumentException($"{change.Kind} changes have no webhook event.", nameof(outcome));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("webhookId", webhookId);
            writer.WriteString("eventType", eventType);
            writer.WriteNumber("timestamp", timestamp.ToUnixTimeSeconds());
            writer.WriteStartObject("data");
            writer.WriteString(change.Kind == ChangeKind.Template ? "templateId" : "themeKey", change.Id);
            writer.WriteString("version", change.ToVersion);
            writer.WriteString("locale", change.Locale);
            writer.WriteString("status", outcome.Status == ApplyStatus.Applied ? "COMPLETED" : "FAILED");
            writer.WriteString("syncTarget", syncTarget);
            writer.WriteBoolean("validationPassed", outcome.Status == ApplyStatus.Applied);
            if (outcome.Status != ApplyStatus.Applied && outcome.Message is not null)
            {
                writer.WriteString("errorMessage", outcome.Message);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
