using System.Text;
using System.Text.RegularExpressions;

namespace Reconciler.Core.Tests.Hostile.Corpus;

/// <summary>
/// A seed file as lines, with the places values are written, so that mutations can replace a
/// value or a key without a YAML library (which would refuse to write most of what we want).
/// </summary>
internal sealed partial class SeedText
{
    public SeedText(SeedFile seed)
    {
        Seed = seed;
        Text = Encoding.UTF8.GetString(seed.Content);
        Lines = Text.Split('\n');
        Slots = FindSlots(Lines);
    }

    public SeedFile Seed { get; }

    public string Text { get; }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<ValueSlot> Slots { get; }

    public IEnumerable<ValueSlot> BlockSlots => Slots.Where(s => !s.InFlow);

    /// <summary>The text with <paramref name="slot"/>'s value replaced by a flow value (nested block children removed).</summary>
    public string WithInline(ValueSlot slot, string value)
    {
        var lines = Lines.ToList();
        var line = lines[slot.Line];
        lines[slot.Line] = line[..slot.Start] + (slot.Start == line.Length && !line.EndsWith(' ') ? " " : string.Empty) + value + line[(slot.Start + slot.Length)..];
        if (!slot.InFlow)
        {
            RemoveChildren(lines, slot);
        }

        return string.Join('\n', lines);
    }

    /// <summary>The text with <paramref name="slot"/>'s value replaced by indented block lines.</summary>
    public string WithBlock(ValueSlot slot, IEnumerable<string> blockLines)
    {
        var lines = Lines.ToList();
        var line = lines[slot.Line];
        lines[slot.Line] = line[..slot.Start].TrimEnd();
        RemoveChildren(lines, slot);
        var indent = new string(' ', slot.KeyColumn + 2);
        lines.InsertRange(slot.Line + 1, blockLines.Select(b => indent + b));
        return string.Join('\n', lines);
    }

    /// <summary>The text with <paramref name="text"/> inserted before line <paramref name="index"/>.</summary>
    public string WithLineInserted(int index, string text)
    {
        var lines = Lines.ToList();
        lines.Insert(Math.Clamp(index, 0, lines.Count), text);
        return string.Join('\n', lines);
    }

    /// <summary>The text with line <paramref name="index"/> replaced.</summary>
    public string WithLine(int index, string text)
    {
        var lines = Lines.ToList();
        lines[index] = text;
        return string.Join('\n', lines);
    }

    public ValueSlot Pick(Random random, bool blockOnly = false)
    {
        var candidates = blockOnly ? BlockSlots.ToList() : Slots;
        return candidates[random.Next(candidates.Count)];
    }

    private static void RemoveChildren(List<string> lines, ValueSlot slot)
    {
        var next = slot.Line + 1;
        while (next < lines.Count && (lines[next].Trim().Length == 0 || Indent(lines[next]) > slot.KeyColumn))
        {
            if (lines[next].Trim().Length == 0 && (next + 1 >= lines.Count || Indent(lines[next + 1]) <= slot.KeyColumn))
            {
                break;
            }

            lines.RemoveAt(next);
        }
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static List<ValueSlot> FindSlots(IReadOnlyList<string> lines)
    {
        var slots = new List<ValueSlot>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var block = BlockKey().Match(line);
            if (!block.Success || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var value = block.Groups["value"];
            var keyColumn = block.Groups["key"].Index;
            var text = value.Success ? value.Value : string.Empty;
            if (text.StartsWith('{'))
            {
                slots.AddRange(FlowKey().Matches(line).Select(m => new ValueSlot(i, m.Groups["value"].Index, m.Groups["value"].Length, keyColumn, true, m.Groups["key"].Value)));
            }

            var isComment = text.StartsWith('#');
            var start = value.Success && !isComment ? value.Index : line.Length;
            slots.Add(new ValueSlot(i, start, value.Success && !isComment ? value.Length : 0, keyColumn, false, block.Groups["key"].Value));
        }

        return slots;
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z][\w.-]*):(?:[ ]+(?<value>.*))?$")]
    private static partial Regex BlockKey();

    [GeneratedRegex(@"(?<=[{,]\s*)(?<key>[A-Za-z]\w*):\s*(?<value>""[^""]*""|[^,}]*[^,}\s])")]
    private static partial Regex FlowKey();
}
