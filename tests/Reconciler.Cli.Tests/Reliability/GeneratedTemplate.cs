namespace Reconciler.Cli.Tests.Reliability;

/// <summary>One generated template: its id, version and the single content block of each locale.</summary>
internal sealed record GeneratedTemplate(string TemplateId, string Version, IReadOnlyDictionary<string, string> ContentByLocale);
