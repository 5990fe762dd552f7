using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Apply.Operations;

/// <summary>Spread an ACTIVE theme version to further widgets with one batch-sync call.</summary>
public sealed record SyncTheme(string ThemeKey, string ThemeId, IReadOnlyList<string> WidgetIds) : ApplyOperation;
