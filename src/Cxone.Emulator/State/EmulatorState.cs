using Cxone.Emulator.Templates;
using Cxone.Emulator.Themes;
using Cxone.Emulator.Widgets;

namespace Cxone.Emulator.State;

/// <summary>
/// The emulated tenant: templates, themes, widgets. One lock guards it all (requests are short;
/// the journal append inside the lock is a buffered write, so the order on disk is the order of
/// effects). Every mutation goes through <see cref="StateTransaction.Commit"/>, which journals the
/// entry and then applies it with the same code that replays it after a restart.
/// </summary>
internal sealed class EmulatorState : IDisposable
{
    private readonly Lock _lock = new();
    private readonly StateJournal? _journal;
    private readonly TimeProvider _time;
    private readonly HashSet<string>? _strictWidgets;
    private readonly DateTimeOffset _startedAt;
    private readonly StateTransaction _transaction;
    private bool _disposed;

    private EmulatorState(EmulatorOptions options, StateJournal? journal, Random random)
    {
        _journal = journal;
        _time = options.TimeProvider;
        _startedAt = _time.GetUtcNow();
        _strictWidgets = options.StrictWidgets ? new HashSet<string>(options.Widgets, StringComparer.Ordinal) : null;
        Options = options;
        _transaction = new StateTransaction(this, random);
    }

    public EmulatorOptions Options { get; }

    public TemplateStore Templates { get; } = new();

    public ThemeStore Themes { get; } = new();

    public WidgetStore Widgets { get; } = new();

    /// <summary>Opens the state: in memory, or loaded from <see cref="EmulatorOptions.StatePath"/> (snapshot plus journal).</summary>
    /// <exception cref="EmulatorStateException">The state file cannot be used.</exception>
    public static EmulatorState Open(EmulatorOptions options, Random random)
    {
        StateJournal? journal = null;
        List<JournalEntry> entries = [];
        if (options.StatePath is { } path)
        {
            journal = StateJournal.Open(path, out entries);
        }

        var state = new EmulatorState(options, journal, random);
        try
        {
            foreach (var entry in entries)
            {
                state.Apply(entry);
            }

            foreach (var widget in options.Widgets)
            {
                state.Widgets.Ensure(widget, state._startedAt);
            }

            state.Templates.Advance(state._time.GetUtcNow());
            if (journal is { PendingEntries: > 0 })
            {
                // Fold the journal into the snapshot so that it does not grow across sessions.
                journal.Compact(state.SnapshotEntries());
            }
        }
        catch
        {
            state.Dispose();
            throw;
        }

        return state;
    }

    /// <summary>Runs <paramref name="operation"/> under the lock, after finishing every job whose time has come.</summary>
    public T Run<T>(Func<StateTransaction, T> operation)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _transaction.Now = _time.GetUtcNow();
            Templates.Advance(_transaction.Now);
            return operation(_transaction);
        }
    }

    /// <summary>Finishes due jobs; called by the background timer so versions appear without polling.</summary>
    public void Tick()
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                Templates.Advance(_time.GetUtcNow());
            }
        }
    }

    /// <summary>True when <paramref name="widgetId"/> may exist: always, unless widgets are strict and it is not listed.</summary>
    public bool IsAllowedWidget(string widgetId) => _strictWidgets is null || _strictWidgets.Contains(widgetId);

    /// <summary>The widgets the list call shows: with strict widgets, only the listed ones.</summary>
    public IList<WidgetRecord> VisibleWidgets() =>
        _strictWidgets is null ? Widgets.All : Widgets.All.Where(w => _strictWidgets.Contains(w.WidgetId)).ToList();

    /// <summary>Writes the whole state as a fresh snapshot and empties the journal.</summary>
    public void Compact()
    {
        lock (_lock)
        {
            if (!_disposed && _journal is not null)
            {
                _journal.Compact(SnapshotEntries());
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _journal?.Dispose();
        }
    }

    internal void Commit(JournalEntry entry)
    {
        _journal?.Append(entry);
        Apply(entry);
    }

    private void Apply(JournalEntry entry)
    {
        switch (entry.Type)
        {
            case JournalEntry.TemplateSubmitted when entry.Job is { } job:
                Templates.Add(job);
                break;
            case JournalEntry.ThemePublished when entry.Theme is { } theme:
                Themes.Add(theme);
                Widgets.Ensure(theme.WidgetId, theme.CreatedAt).Put(new WidgetTheme(theme, null, theme.CreatedAt));
                break;
            case JournalEntry.ThemeSynced when entry.Sync is { } sync && Themes.Find(sync.ThemeId) is { } synced:
                Widgets.Ensure(sync.WidgetId, sync.At).Put(new WidgetTheme(synced, synced.WidgetId, sync.At));
                break;
            case JournalEntry.AssignmentsSet when entry.Assignments is { } set:
                var widget = Widgets.Ensure(set.WidgetId, set.At);
                widget.Strategy = set.Strategy;
                widget.Assignments = set.Assignments;
                widget.HasAssignments = true;
                break;
            case JournalEntry.WidgetAdded when entry.Widget is { } added:
                Widgets.Ensure(added.WidgetId, added.At);
                break;
            default:
                throw new EmulatorStateException(
                    $"The state holds an entry this emulator does not understand (type '{entry.Type}', seq {entry.Seq}); " +
                    "it was written by a newer version or damaged. Use a new --state file.");
        }
    }

    /// <summary>The state as entries that rebuild it: widgets, then themes, copies, assignments, jobs.</summary>
    private IEnumerable<JournalEntry> SnapshotEntries()
    {
        foreach (var widget in Widgets.All)
        {
            yield return new JournalEntry { Type = JournalEntry.WidgetAdded, Widget = new WidgetCreated { WidgetId = widget.WidgetId, At = widget.CreatedAt } };
        }

        foreach (var theme in Themes.All)
        {
            yield return new JournalEntry { Type = JournalEntry.ThemePublished, Theme = theme };
        }

        foreach (var widget in Widgets.All)
        {
            foreach (var copy in widget.Themes.Where(t => t.SyncedFrom is not null))
            {
                yield return new JournalEntry
                {
                    Type = JournalEntry.ThemeSynced,
                    Sync = new ThemeSync { WidgetId = widget.WidgetId, ThemeId = copy.Theme.Id, At = copy.ListedAt },
                };
            }

            if (widget.HasAssignments)
            {
                yield return new JournalEntry
                {
                    Type = JournalEntry.AssignmentsSet,
                    Assignments = new AssignmentSet { WidgetId = widget.WidgetId, Strategy = widget.Strategy, Assignments = widget.Assignments, At = widget.CreatedAt },
                };
            }
        }

        foreach (var job in Templates.Jobs)
        {
            yield return new JournalEntry { Type = JournalEntry.TemplateSubmitted, Job = job };
        }
    }
}
