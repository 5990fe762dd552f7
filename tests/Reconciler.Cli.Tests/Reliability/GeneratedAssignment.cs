namespace Reconciler.Cli.Tests.Reliability;

/// <summary>One generated A/B assignment of a widget.</summary>
internal sealed record GeneratedAssignment(string ThemeKey, string? SegmentId, double TrafficWeight);
