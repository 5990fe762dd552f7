namespace Reconciler.Engine.Planning;

/// <summary>A repository theme's id in CXone after this plan is applied, or null when it will not exist.</summary>
internal sealed record ResolvedTheme(string Key, string VersionTag, string? ThemeId);
