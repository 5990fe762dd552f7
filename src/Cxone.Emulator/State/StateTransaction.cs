using Cxone.Emulator.Templates;
using Cxone.Emulator.Themes;
using Cxone.Emulator.Widgets;

namespace Cxone.Emulator.State;

/// <summary>What an operation sees while it holds the state lock: the clock reading, the stores, and the way to commit.</summary>
internal sealed class StateTransaction(EmulatorState state, Random random)
{
    public DateTimeOffset Now { get; internal set; }

    public EmulatorOptions Options => state.Options;

    public TemplateStore Templates => state.Templates;

    public ThemeStore Themes => state.Themes;

    public WidgetStore Widgets => state.Widgets;

    /// <summary>Journals <paramref name="entry"/> and applies it; once this returns the change survives a crash.</summary>
    public void Commit(JournalEntry entry) => state.Commit(entry);

    /// <summary>Draws whether a job or activation fails (<see cref="EmulatorOptions.JobFailureRate"/>).</summary>
    public bool NextJobFails() => state.Options.JobFailureRate > 0 && random.NextDouble() < state.Options.JobFailureRate;

    public bool IsAllowedWidget(string widgetId) => state.IsAllowedWidget(widgetId);

    public IList<WidgetRecord> VisibleWidgets() => state.VisibleWidgets();
}
