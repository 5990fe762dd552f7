using Reconciler.Core.Content;
using Reconciler.Core.Templates;
using Reconciler.Core.Themes;
using Reconciler.Cxone;
using Reconciler.Cxone.Templates;
using CxTheme = Reconciler.Cxone.Themes;

namespace Reconciler.Engine.Planning;

/// <summary>Maps repository documents to CXone payloads, with traceable metadata.</summary>
internal sealed class PayloadFactory
{
    private readonly PlanContext _context;

    public PayloadFactory(PlanContext context) => _context = context;

    /// <summary>
    /// One template locale as CXone would hold it, without metadata: enough to compare with live
    /// state. Only a version that will be created needs <see cref="Traced"/>, whose content hash
    /// costs more than the comparison itself, thirty thousand times over in a large repository.
    /// </summary>
    public static TemplatePayload Template(TemplateDocument template, TemplateLocale locale)
    {
        var blocks = new Reconciler.Cxone.Templates.ContentBlock[locale.Blocks.Count];
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = locale.Blocks[i];
            blocks[i] = new Reconciler.Cxone.Templates.ContentBlock(block.Id, block.Type, block.Content);
        }

        return new(template.TemplateId, template.Version, template.Channels, locale.Tag, blocks, template.Variables);
    }

    /// <summary><paramref name="payload"/> (from <see cref="Template"/>) with its traceable metadata, content hash included.</summary>
    public TemplatePayload Traced(TemplatePayload payload, TemplateDocument template, TemplateLocale locale) =>
        payload with { Metadata = Metadata(template.Path, ContentHash.ForTemplateLocale(template, locale)) };

    /// <summary>
    /// One theme as CXone would hold it, without metadata: enough to compare with live state. Only
    /// a theme that will be published needs <see cref="Traced(CxTheme.ThemePayload, ThemeDocument)"/>.
    /// </summary>
    public static CxTheme.ThemePayload Theme(ThemeDocument theme) => new(
        ThemeIds.For(theme.Key, theme.VersionTag),
        theme.VersionTag,
        theme.Name,
        theme.BackgroundColor,
        theme.PrimaryColor,
        new CxTheme.ThemeFont(theme.Font.Family, theme.Font.SizePx, theme.Font.Weight, theme.Font.Color),
        theme.Buttons.Select(b => new CxTheme.ThemeButton(b.Label, b.Color, b.TextColor, b.Position, b.IconUrl)).ToList(),
        theme.BorderRadiusPx,
        theme.MaxWidthPx);

    /// <summary><paramref name="payload"/> (from <see cref="Theme"/>) with its traceable metadata, content hash included.</summary>
    public CxTheme.ThemePayload Traced(CxTheme.ThemePayload payload, ThemeDocument theme) =>
        payload with { Metadata = Metadata(theme.Path, ContentHash.ForTheme(theme)) };

    private ContentMetadata Metadata(string path, string contentHash) => new()
    {
        CreatedBy = _context.Actor,
        Timestamp = _context.Now,
        SourceCommit = _context.Source.Commit,
        SourceDirty = _context.Source.Commit is null ? null : _context.Source.Dirty,
        SourcePath = path,
        ContentHash = contentHash,
    };
}
