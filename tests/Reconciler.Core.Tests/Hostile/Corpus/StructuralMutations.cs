using System.Text;

namespace Reconciler.Core.Tests.Hostile.Corpus;

/// <summary>Mutations of the YAML structure: types, keys, anchors, tags, documents and nesting.</summary>
internal static class StructuralMutations
{
    private static readonly string[] Scalars =
    [
        "42", "-7", "3.14", "1e999", "-1e999", "0x7FFFFFFF", "0o17", "99999999999999999999999999999999", "true", "false",
        "null", "~", "\"\"", "''", ".inf", "-.nan", "2024-01-01", "\"#GGGGGG\"", "yes", "\"{{\"", "\"}}{{a-b}}\"", "0", "-0.0",
        "1_000", "+12", "'multi\n  line'", "\"\\u0000\"", "\"\\e[31m\"",
    ];

    private static readonly string[] FlowCollections = ["[]", "{}", "[a, b]", "{a: 1}", "[[1, 2], {x: 1}]", "{x: [y, {z: w}]}", "[~, ~]", "{? complex : 1}"];

    private static readonly string[][] BlockCollections =
    [
        ["- a", "- b"],
        ["x: 1", "y: [2]"],
        ["- - nested", "  - deeper"],
        ["- {a: 1}", "- [b]"],
        ["? [complex, key]", ": value"],
        ["|", "  literal"],
    ];

    private static readonly string[] Tagged =
    [
        "!!binary aGVsbG8gd29ybGQ=",
        "!!python/object/apply:os.system [\"echo pwned\"]",
        "!!python/object:__main__.Exploit {cmd: id}",
        "!!str 42",
        "!!int \"twelve\"",
        "!!float abc",
        "!!bool yes",
        "!!null \"\"",
        "!!map {a: 1}",
        "!!seq [1, 2]",
        "!!set {a, b}",
        "!!omap [a: 1, b: 2]",
        "!!timestamp 2001-12-14t21:59:43.10-05:00",
        "!custom value",
        "!<tag:yaml.org,2002:str> verbatim",
        "!<!> bang",
        "!e!undeclared x",
        "!!str",
        "! nonspecific",
        "!!java.lang.Runtime [exec]",
    ];

    public static (string, byte[]) TypeSwap(SeedText seed, Random random, int index)
    {
        var slot = seed.Pick(random, blockOnly: index % 3 == 0);
        if (slot.InFlow || index % 2 == 0)
        {
            var value = index % 4 < 2 ? Pick(random, FlowCollections) : Pick(random, Scalars[..12]);
            return ($"'{slot.Key}' (line {slot.Line + 1}) becomes {value}", Utf8(seed.WithInline(slot, value)));
        }

        var block = Pick(random, BlockCollections);
        return ($"'{slot.Key}' (line {slot.Line + 1}) becomes block {string.Join(" / ", block)}", Utf8(seed.WithBlock(slot, block)));
    }

    public static (string, byte[]) WrongType(SeedText seed, Random random, int index)
    {
        var slot = seed.Pick(random);
        var value = Scalars[(index + random.Next(Scalars.Length)) % Scalars.Length];
        return ($"'{slot.Key}' (line {slot.Line + 1}) = {value}", Utf8(seed.WithInline(slot, value)));
    }

    public static (string, byte[]) DuplicateKey(SeedText seed, Random random, int index)
    {
        var slot = seed.Pick(random, blockOnly: true);
        var line = seed.Lines[slot.Line];
        var copy = (index % 3) switch
        {
            0 => line,
            1 => line[..slot.KeyColumn] + "\"" + slot.Key + "\"" + line[(slot.KeyColumn + slot.Key.Length)..],
            _ => line[..slot.KeyColumn] + "? " + slot.Key + "\n" + new string(' ', slot.KeyColumn) + ": duplicate",
        };
        if (line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
        {
            copy = new string(' ', slot.KeyColumn) + copy.TrimStart()[2..];
        }

        return ($"'{slot.Key}' (line {slot.Line + 1}) repeated ({index % 3})", Utf8(seed.WithLineInserted(slot.Line + 1, copy)));
    }

    public static (string, byte[]) AnchorsAliases(SeedText seed, Random random, int index)
    {
        var slot = seed.Pick(random, blockOnly: index % 2 == 0);
        switch (index % 8)
        {
            case 0:
                return ($"alias bomb at '{slot.Key}'", Utf8(seed.WithInline(slot, AliasBomb())));
            case 1:
                return ($"'{slot.Key}' = *nowhere", Utf8(seed.WithInline(slot, "*nowhere")));
            case 2:
                return ($"'{slot.Key}' = self-recursive anchor", Utf8(seed.WithInline(slot, "&loop [*loop]")));
            case 3:
                // A valid anchor, then an alias to it somewhere later (usually of the wrong type there).
                var anchored = new SeedText(seed.Seed with { Content = Utf8(seed.WithInline(slot, "&shared value")) });
                var later = anchored.Slots.Where(s => s.Line > slot.Line).ToList();
                var target = later.Count > 0 ? later[random.Next(later.Count)] : anchored.Slots[^1];
                return ($"anchor at '{slot.Key}', alias at '{target.Key}'", Utf8(anchored.WithInline(target, "*shared")));
            case 4:
                return ($"merge key at line {slot.Line + 1}", Utf8(seed.WithLineInserted(slot.Line, new string(' ', slot.KeyColumn) + "<<: {merged: 1}")));
            case 5:
                return ($"alias as key before line {slot.Line + 1}", Utf8(seed.WithLineInserted(slot.Line, new string(' ', slot.KeyColumn) + "*k : v")));
            case 6:
                return ($"anchor '{slot.Key}' with emoji name", Utf8(seed.WithInline(slot, "&😀 x")));
            default:
                var bomb = string.Join("\n", Enumerable.Range(0, 30).Select(i => i == 0 ? "a0: &a0 [x, x]" : $"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]"));
                return ("doubling alias chain (2^30) before the content", Utf8(bomb + "\n" + seed.Text));
        }
    }

    public static (string, byte[]) YamlTags(SeedText seed, Random random, int index)
    {
        var tag = Tagged[index % Tagged.Length];
        if (index % 7 == 6)
        {
            return ($"%TAG directive and {tag} on the root", Utf8("%TAG !e! tag:example.com,2000:\n--- !e!root\n" + seed.Text));
        }

        var slot = seed.Pick(random, blockOnly: tag.Contains('[') || tag.Contains('{'));
        return ($"'{slot.Key}' = {tag}", Utf8(seed.WithInline(slot, tag)));
    }

    public static (string, byte[]) Documents(SeedText seed, Random random, int index)
    {
        var text = seed.Text;
        var middle = seed.Lines.Count / 2;
        return (index % 14) switch
        {
            0 => ("explicit '---' start", Utf8("---\n" + text)),
            1 => ("'...' end marker", Utf8(text + "\n...\n")),
            2 => ("'---' in the middle", Utf8(seed.WithLineInserted(middle, "---"))),
            3 => ("%YAML 1.1 directive", Utf8("%YAML 1.1\n---\n" + text)),
            4 => ("%YAML 2.0 directive", Utf8("%YAML 2.0\n---\n" + text)),
            5 => ("%YAML directive twice", Utf8("%YAML 1.2\n%YAML 1.2\n---\n" + text)),
            6 => ("unknown directive", Utf8("%FOO bar baz\n---\n" + text)),
            7 => ("empty file", []),
            8 => ("comment only", Utf8("# nothing but a comment\n")),
            9 => ("whitespace only", Utf8("   \n\n  \n")),
            10 => ("root is a literal block", Utf8("--- |\n" + string.Join('\n', seed.Lines.Select(l => "  " + l)))),
            11 => ("root is an empty mapping", Utf8("{}\n")),
            12 => ("root is a list of the file", Utf8(string.Join('\n', seed.Lines.Select((l, i) => (i == 0 ? "- " : "  ") + l)))),
            _ => ("directive without document marker", Utf8("%YAML 1.2\n" + text)),
        };
    }

    public static (string, byte[]) DeepNesting(SeedText seed, Random random, int index)
    {
        int[] depths = [10_000, 65, 64, 63, 1_000];
        var depth = depths[(index / 6) % depths.Length];
        var slot = seed.Pick(random, blockOnly: index % 6 == 2);
        var (form, value) = (index % 6) switch
        {
            0 => ("flow sequences", new string('[', depth) + new string(']', depth)),
            1 => ("flow mappings", string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth)),
            2 => ("block sequences", "\n" + new string(' ', slot.KeyColumn + 2) + string.Concat(Enumerable.Repeat("- ", depth)) + "x"),
            3 => ("unclosed flow sequences", new string('[', depth)),
            4 => ("mixed flow", string.Concat(Enumerable.Repeat("[{k: ", depth)) + "v" + string.Concat(Enumerable.Repeat("}]", depth))),
            _ => ("closing brackets only", new string(']', depth)),
        };
        if (index % 12 == 11)
        {
            return ($"{depth} levels of {form} as the whole document", Utf8(value.TrimStart('\n', ' ') + "\n"));
        }

        return ($"{depth} levels of {form} at '{slot.Key}'", Utf8(seed.WithInline(slot, value)));
    }

    private static string AliasBomb()
    {
        var yaml = new StringBuilder("&a [x, x, x, x, x, x, x, x, x, x]");
        // Nested flow: each level lists the previous anchor ten times.
        var levels = new StringBuilder("[");
        levels.Append(yaml);
        for (var level = 'b'; level <= 'i'; level++)
        {
            levels.Append(", &").Append(level).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(level - 1), 10))).Append(']');
        }

        return levels.Append(']').ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
