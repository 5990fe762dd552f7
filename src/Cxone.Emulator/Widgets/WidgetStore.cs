namespace Cxone.Emulator.Widgets;

/// <summary>Widgets by id, sorted for listing. Not thread-safe: used under <see cref="State.EmulatorState"/>'s lock.</summary>
internal sealed class WidgetStore
{
    private readonly SortedList<string, WidgetRecord> _widgets = new(StringComparer.Ordinal);

    public IList<WidgetRecord> All => _widgets.Values;

    public WidgetRecord? Find(string widgetId) => _widgets.GetValueOrDefault(widgetId);

    /// <summary>The widget, created at <paramref name="at"/> if it did not exist.</summary>
    public WidgetRecord Ensure(string widgetId, DateTimeOffset at)
    {
        if (!_widgets.TryGetValue(widgetId, out var widget))
        {
            widget = new WidgetRecord(widgetId, at);
            _widgets.Add(widgetId, widget);
        }

        return widget;
    }
}
