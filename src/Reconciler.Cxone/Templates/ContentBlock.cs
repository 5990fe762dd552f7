namespace Reconciler.Cxone.Templates;

/// <summary>One block of a template's content.</summary>
/// <param name="Id">Block id, e.g. <c>msg_01</c>.</param>
/// <param name="Type">Block type, e.g. <c>text</c>.</param>
/// <param name="Content">Text with <c>{{variable.path}}</c> placeholders.</param>
public sealed record ContentBlock(string Id, string Type, string Content);
