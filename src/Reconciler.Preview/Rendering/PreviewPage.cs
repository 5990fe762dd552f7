using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Reconciler.Preview.Rendering;

/// <summary>
/// Writes the preview page: the widget as a visitor sees it — launcher, header, a few message
/// bubbles and the theme's buttons. Every user string passes through <see cref="HtmlEncoder"/>;
/// every CSS value comes from <see cref="PreviewModel"/>, which checked it. No inline style
/// attributes and no inline script except the nonce'd reload script, so the page works under a
/// strict Content-Security-Policy.
/// </summary>
public static class PreviewPage
{
    /// <summary>The Server-Sent-Events path the reload script listens on.</summary>
    public const string EventsPath = "/events";

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <summary>The Content-Security-Policy for a page rendered with <paramref name="nonce"/>.</summary>
    public static string ContentSecurityPolicy(string nonce, bool allowReloadScript) =>
        $"default-src 'none'; style-src 'nonce-{nonce}'; script-src {(allowReloadScript ? $"'nonce-{nonce}'" : "'none'")}; " +
        "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Renders the page.</summary>
    /// <param name="model">The checked theme.</param>
    /// <param name="nonce">A fresh random nonce for the style (and reload script) element.</param>
    /// <param name="withReloadScript">True when served live: reload when the theme file changes.</param>
    public static string Render(PreviewModel model, string nonce, bool withReloadScript)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        var name = Html.Encode(model.Name);
        var page = new StringBuilder(4096);
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{Html.Encode(ContentSecurityPolicy(nonce, withReloadScript))}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Theme preview: {name}</title>
            <style nonce="{Html.Encode(nonce)}">
            {Stylesheet(model)}
            </style>
            </head>
            <body>
            <main class="stage">
            <p class="caption">Preview of <strong>{name}</strong> <span class="tag">{Html.Encode(model.VersionTag)}</span></p>
            <section id="widget" class="widget" aria-label="Chat widget preview">
            <header class="widget-header"><span class="dot" aria-hidden="true"></span><h1 class="title">{name}</h1></header>
            <div class="messages">
            <p class="bubble bubble-agent">Hi there! How can we help you today?</p>
            <p class="bubble bubble-visitor">I have a question about my order.</p>
            <p class="bubble bubble-agent">Of course. Choose an option below or type a message.</p>
            </div>
            <div class="actions">

            """);
        for (var i = 0; i < model.Buttons.Count; i++)
        {
            page.Append(CultureInfo.InvariantCulture,
                $"<button type=\"button\" class=\"theme-button theme-button-{i}\" data-index=\"{i}\">{Html.Encode(model.Buttons[i].Label)}</button>\n");
        }

        page.Append("""
            </div>
            <div class="composer"><span class="placeholder">Type a message…</span></div>
            </section>
            <button type="button" class="launcher" aria-label="Open chat"><svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true"><path d="M4 4h16v11H8l-4 4z" fill="currentColor"/></svg></button>
            </main>

            """);
        if (withReloadScript)
        {
            page.Append(CultureInfo.InvariantCulture,
                $"<script nonce=\"{Html.Encode(nonce)}\">new EventSource('{EventsPath}').addEventListener('reload', function () {{ location.reload(); }});</script>\n");
        }

        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    private static string Stylesheet(PreviewModel m)
    {
        var css = new StringBuilder(2048);
        var radius = CssValues.Pixels(m.RadiusPx, 0, 16);
        css.Append(CultureInfo.InvariantCulture, $$"""
            * { box-sizing: border-box; }
            body { margin: 0; background: #e5e7eb; color: #111827; font-family: {{CssValues.FallbackFonts}}; }
            .stage { min-height: 100vh; padding: 24px; display: flex; flex-direction: column; align-items: flex-end; gap: 12px; }
            .caption { margin: 0; align-self: flex-start; font-size: 14px; }
            .tag { font-family: ui-monospace, monospace; }
            .widget { width: {{CssValues.Pixels(m.WidthPx, 280, 420)}}; background: {{m.Background}}; color: {{m.Text}}; font-family: {{m.FontFamily}}; font-size: {{m.FontSizePx}}px; font-weight: {{m.FontWeight}}; border-radius: {{radius}}; overflow: hidden; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.25); }
            .widget-header { display: flex; align-items: center; gap: 8px; padding: 12px 16px; border-bottom: 4px solid {{m.Primary}}; }
            .dot { width: 12px; height: 12px; border-radius: 50%; background: {{m.Primary}}; }
            .title { margin: 0; font-size: 1em; font-weight: {{m.FontWeight}}; }
            .messages { display: flex; flex-direction: column; gap: 8px; padding: 16px; }
            .bubble { margin: 0; padding: 8px 12px; max-width: 85%; border-radius: {{radius}}; border: 1px solid {{m.Primary}}; }
            .bubble-agent { align-self: flex-start; background: {{m.Background}}; color: {{m.Text}}; }
            .actions { display: flex; flex-direction: column; gap: 8px; padding: 0 16px 16px; }
            .theme-button { font: inherit; padding: 8px 16px; border: 0; border-radius: {{radius}}; cursor: pointer; }
            .composer { padding: 12px 16px; border-top: 1px solid {{m.Primary}}; }
            .placeholder { color: {{m.Text}}; }
            .launcher { width: 56px; height: 56px; border: 0; border-radius: 50%; background: {{m.Primary}}; color: {{m.Background}}; display: grid; place-items: center; }

            """);

        // The visitor's bubble takes the first button's colours: validated for contrast, and the
        // brand colour a visitor expects on their own messages.
        var visitor = m.Buttons.Count > 0 ? m.Buttons[0] : new PreviewButton("", m.Background, m.Text, "center");
        css.Append(CultureInfo.InvariantCulture, $".bubble-visitor {{ align-self: flex-end; background: {visitor.Background}; color: {visitor.Text}; border-color: {visitor.Background}; }}\n");
        for (var i = 0; i < m.Buttons.Count; i++)
        {
            var b = m.Buttons[i];
            css.Append(CultureInfo.InvariantCulture, $".theme-button-{i} {{ background: {b.Background}; color: {b.Text}; align-self: {b.Align}; }}\n");
        }

        return css.ToString();
    }
}
