using System.Text;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Validation;

/// <summary>
/// Hostile and broken files, each with the diagnostic it must produce. Built in code rather than
/// checked in, so that BOMs, CRLFs, NULs and a 10 MB file survive any git attribute settings.
/// </summary>
public static class BadInputCorpus
{
    public sealed record Case(string Name, string Path, byte[] Content, string Code, int Line, int Column);

    public static IReadOnlyList<Case> All { get; } =
    [
        Text("malformed-yaml", "templates/broken.yaml", "templateId: t\nlocales: {en-US: [\n", DiagnosticCodes.YamlSyntax, 3, 1),
        Text("tab-indentation", "themes/tabs.yaml", "name: x\nfont:\n\tfamily: Inter\n", DiagnosticCodes.YamlSyntax, 3, 1),
        Text("wrong-type", "themes/typed.yaml", Check.Edit(Samples.Theme, "maxWidthPx:", "maxWidthPx: wide"), DiagnosticCodes.WrongType, 10, 13),
        Text("unknown-key", "widgets/w-1.yaml", Samples.Widget.Replace("widgetId: w-123456", "widgetId: w-1\nwidgetName: Main", StringComparison.Ordinal), DiagnosticCodes.UnknownKey, 2, 1),
        Text("missing-key", "templates/tmpl_order.yaml", Samples.Template.Replace("version: v2.4\n", string.Empty, StringComparison.Ordinal), DiagnosticCodes.MissingKey, 1, 1),
        Text("alias-bomb", "widgets/bomb.yaml", AliasBomb(), DiagnosticCodes.AliasExpansion, 5, 36),
        Text("duplicate-key", "widgets/dup.yaml", "widgetId: w-1\nwidgetId: w-2\n", DiagnosticCodes.DuplicateKey, 2, 1),
        Text("deep-nesting", "widgets/deep.yaml", "widgetId: " + new string('[', 200) + new string(']', 200) + "\n", DiagnosticCodes.NestingTooDeep, 1, 74),
        new("ten-megabytes", "templates/huge.yaml", Encoding.UTF8.GetBytes("templateId: huge\nnotes: \"" + new string('x', 10 * 1024 * 1024) + "\"\n"), DiagnosticCodes.FileTooLarge, 1, 1),
        new("binary", "themes/logo.yaml", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], DiagnosticCodes.BinaryFile, 1, 1),
        new("invalid-utf8", "themes/latin1.yaml", [.. Encoding.ASCII.GetBytes("name: Caf"), 0xE9, .. Encoding.ASCII.GetBytes("\n")], DiagnosticCodes.InvalidUtf8, 1, 10),
        Text("empty", "widgets/empty.yaml", string.Empty, DiagnosticCodes.NotAMapping, 1, 1),
        Text("bom", "widgets/bom.yaml", "\uFEFFwidgetId: w-1\nassignments:\n  - { theme: nowhere, trafficWeight: 1 }\n", DiagnosticCodes.UnknownTheme, 3, 14),
        Text("crlf", "widgets/crlf.yaml", "widgetId: w-2\r\nassignments:\r\n  - { theme: nowhere, trafficWeight: 1 }\r\n", DiagnosticCodes.UnknownTheme, 3, 14),
        Text("scalar-document", "templates/scalar.yaml", "just some text\n", DiagnosticCodes.NotAMapping, 1, 1),
        Text("two-documents", "widgets/two.yaml", "widgetId: w-1\n---\nwidgetId: w-2\n", DiagnosticCodes.MultipleDocuments, 2, 1),
    ];

    public static TheoryData<string> Names() => [.. All.Select(c => c.Name)];

    public static Case Get(string name) => All.Single(c => c.Name == name);

    private static Case Text(string name, string path, string text, string code, int line, int column) =>
        new(name, path, Encoding.UTF8.GetBytes(text), code, line, column);

    private static string AliasBomb()
    {
        var yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            yaml.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + (char)(level - 1), 10))).Append("]\n");
        }

        return yaml.ToString();
    }
}
