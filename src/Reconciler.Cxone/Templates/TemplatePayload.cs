namespace Reconciler.Cxone.Templates;

/// <summary>One (template, locale, version) as submitted to CXone.</summary>
/// <param name="TemplateId">Template id, e.g. <c>tmpl_order_shipped</c>.</param>
/// <param name="Version">Version, e.g. <c>v2.4</c>; immutable once created.</param>
/// <param name="Channels">Channels, e.g. <c>whatsapp</c>.</param>
/// <param name="Locale">BCP 47 locale, e.g. <c>en-US</c>.</param>
/// <param name="ContentBlocks">The content.</param>
/// <param name="Variables">Declared variables.</param>
/// <param name="Metadata">Traceability data; put the content hash in it so conflicts are cheap to judge.</param>
public sealed record TemplatePayload(
    string TemplateId,
    string Version,
    IReadOnlyList<string> Channels,
    string Locale,
    IReadOnlyList<ContentBlock> ContentBlocks,
    IReadOnlyList<string> Variables,
    ContentMetadata? Metadata = null);
