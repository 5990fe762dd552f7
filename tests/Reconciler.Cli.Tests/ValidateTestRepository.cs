using System.Runtime.CompilerServices;
using System.Text;

namespace Reconciler.Cli.Tests;

/// <summary>A temporary content repository on disk for <c>validate</c> tests.</summary>
internal sealed class ValidateTestRepository : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("reconciler-validate-");

    public string Root => _root.FullName;

    /// <summary>The repository's own content-example folder, found from this source file.</summary>
    public static string ContentExample => Path.GetFullPath(Path.Combine(Here(), "..", "..", "content-example"));

    public ValidateTestRepository Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public ValidateTestRepository Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public const string Theme = """
        name: Light
        versionTag: v1.0
        backgroundColor: "#FFFFFF"
        primaryColor: "#0B5FFF"
        font: { family: Inter, sizePx: 16, weight: 400, color: "#1F2933" }
        buttons:
          - { label: Chat, color: "#0B5FFF", textColor: "#FFFFFF", position: right }
        borderRadiusPx: 8
        maxWidthPx: 360

        """;

    public const string BrokenTemplate = """
        templateId: tmpl_x
        version: v1
        channels: [whatsapp]
        defaultLocale: en-US
        variables: [customer.name]
        locales:
          en-US:
            contentBlocks:
              - { id: a, type: text, content: "Hi {{customer.name}} {{order-id}}" }

        """;
}
