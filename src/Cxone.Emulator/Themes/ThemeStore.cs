using Cxone.Emulator.State;

namespace Cxone.Emulator.Themes;

/// <summary>Every published theme by id. Not thread-safe: used under <see cref="EmulatorState"/>'s lock.</summary>
internal sealed class ThemeStore
{
    private readonly Dictionary<string, ThemeRecord> _themes = new(StringComparer.Ordinal);

    /// <summary>Themes in publication order (for snapshots).</summary>
    public IEnumerable<ThemeRecord> All => _themes.Values;

    public void Add(ThemeRecord theme) => _themes[theme.Id] = theme;

    public ThemeRecord? Find(string themeId) => _themes.GetValueOrDefault(themeId);
}
