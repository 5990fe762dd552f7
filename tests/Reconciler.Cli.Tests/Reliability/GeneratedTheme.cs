namespace Reconciler.Cli.Tests.Reliability;

/// <summary>One generated theme: its file key, name and version tag.</summary>
internal sealed record GeneratedTheme(string Key, string Name, string VersionTag);
