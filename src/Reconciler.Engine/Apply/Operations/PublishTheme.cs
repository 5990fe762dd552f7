using Reconciler.Cxone.Themes;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine.Apply.Operations;

/// <summary>Publish a theme version to its home widget and wait until it is ACTIVE.</summary>
public sealed record PublishTheme(string WidgetId, ThemePayload Payload) : ApplyOperation;
