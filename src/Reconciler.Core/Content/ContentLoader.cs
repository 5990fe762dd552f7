using System.Runtime.ExceptionServices;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Schemas;
using Reconciler.Core.Settings;
using Reconciler.Core.Templates;
using Reconciler.Core.Themes;
using Reconciler.Core.Validation;
using Reconciler.Core.Widgets;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Content;

/// <summary>
/// Loads a content repository into a <see cref="ContentSet"/>: reads each file, parses its YAML,
/// checks it against its kind's schema, and binds what is structurally sound to the model.
/// Never throws for bad content; every problem becomes a diagnostic.
/// </summary>
public static class ContentLoader
{
    /// <summary>Loads everything <paramref name="source"/> holds.</summary>
    public static ContentSet Load(IContentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = new List<Diagnostic>();
        var templates = new List<TemplateDocument>();
        var themes = new List<ThemeDocument>();
        var widgets = new List<WidgetDocument>();
        var themeKeys = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        var templateFindings = new List<Diagnostic>();
        ReconcilerSettings? settings = null;
        YamlMapping? settingsNode = null;
        string? settingsPath = null;

        var all = source.ReadFiles(ContentPaths.IsOfInterest, YamlLimits.MaxFileBytes).ToList();
        var structured = StructureAll(all);
        for (var index = 0; index < all.Count; index++)
        {
            var file = all[index];
            files.Add(file.Path);
            if (ContentPaths.HasControlCharacter(file.Path))
            {
                diagnostics.Add(new Diagnostic(file.Path, 1, 1, Severity.Warning, DiagnosticCodes.IgnoredFile,
                    "This file is not read: its name holds a control character such as a line break; rename it."));
                continue;
            }

            if (file.IsSymbolicLink)
            {
                diagnostics.Add(new Diagnostic(file.Path, 1, 1, Severity.Warning, DiagnosticCodes.IgnoredFile,
                    $"'{file.Path}' is a symbolic link, and links are never followed (one could point outside the repository); put the file or folder itself here."));
                continue;
            }

            var kind = ContentPaths.KindOf(file.Path);
            if (kind is null)
            {
                if (!ContentPaths.IsSilentlyIgnored(file.Path))
                {
                    diagnostics.Add(new Diagnostic(file.Path, 1, 1, Severity.Warning, DiagnosticCodes.IgnoredFile, IgnoredMessage(file.Path)));
                }

                continue;
            }

            if (kind == ContentKind.Theme)
            {
                themeKeys.Add(ContentPaths.Stem(file.Path));
            }

            if (kind == ContentKind.Settings && settingsPath is not null)
            {
                diagnostics.Add(new Diagnostic(file.Path, 1, 1, Severity.Error, DiagnosticCodes.DuplicateSettings,
                    $"Both {settingsPath} and {file.Path} exist; keep one settings file."));
                continue;
            }

            settingsPath = kind == ContentKind.Settings ? file.Path : settingsPath;
            try
            {
                var (root, bound) = structured[index]!.Take(diagnostics, templateFindings);
                switch (bound)
                {
                    case TemplateDocument template:
                        templates.Add(template);
                        break;
                    case ThemeDocument theme:
                        themes.Add(theme);
                        break;
                    case WidgetDocument widget:
                        widgets.Add(widget);
                        break;
                    case null when root is not null && kind == ContentKind.Settings:
                        settings = SettingsBinder.Bind(root);
                        settingsNode = root;
                        break;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Last line of defence: no input may crash the tool. Reaching this is a bug in the
                // loader, reported as a diagnostic (without a stack trace) rather than a crash.
                diagnostics.Add(new Diagnostic(file.Path, 1, 1, Severity.Error, DiagnosticCodes.YamlSyntax,
                    $"The file could not be processed ({e.GetType().Name}); simplify it, and please report this as a bug with the file attached."));
            }
        }

        return new ContentSet
        {
            SourceDescription = source.Description,
            Settings = settings ?? ReconcilerSettings.Default,
            SettingsPath = settingsPath,
            SettingsNode = settingsNode,
            Templates = templates,
            Themes = themes,
            Widgets = widgets,
            ThemeKeys = themeKeys,
            Files = files,
            Diagnostics = diagnostics,
            TemplateFindings = templateFindings,
        };
    }

    /// <summary>
    /// YAML parsing, the schema check, binding and the template rules are most of the cost of
    /// loading and depend on nothing but the file (and the settings' channel limits), so they run
    /// for every content file on every core; whatever depends on order (duplicates, which settings
    /// file came first) stays in the sequential pass that uses them. A template's YAML tree is
    /// released once its rules have run, while it is still young and cheap to collect.
    /// </summary>
    private static Structured?[] StructureAll(List<SourceFile> files)
    {
        var results = new Structured?[files.Count];

        // The settings file first: the template rules need its channel limits.
        var settingsIndex = files.FindIndex(f => KindToRead(f) == ContentKind.Settings);
        var settings = ReconcilerSettings.Default;
        if (settingsIndex >= 0)
        {
            results[settingsIndex] = Structure(files[settingsIndex], ContentKind.Settings, settings);
            settings = results[settingsIndex] is { Root: { } root, Failure: null } ? TryBindSettings(root) ?? settings : settings;
        }

        // One worker per core, not as many as the thread pool will lend: plan reads CXone while this
        // runs, and its answers need pool threads that a loop without a limit would also take.
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            if (i != settingsIndex && KindToRead(files[i]) is { } kind)
            {
                results[i] = Structure(files[i], kind, settings);
            }
        });
        return results;
    }

    /// <summary>The kind of a file the loader reads; null for links, names with control characters and files that are not content.</summary>
    private static ContentKind? KindToRead(SourceFile file) =>
        file.IsSymbolicLink || ContentPaths.HasControlCharacter(file.Path) ? null : ContentPaths.KindOf(file.Path);

    private static Structured Structure(SourceFile file, ContentKind kind, ReconcilerSettings settings)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            var root = ReadStructured(file, kind, diagnostics);
            var bound = root is null ? null : Bind(file.Path, kind, root);
            if (bound is TemplateDocument template)
            {
                var findings = new DiagnosticBag();
                TemplateRules.Check(template, findings);
                TemplateContentRules.Check(template, settings, findings);
                return new Structured(null, template.WithoutTree(), diagnostics, findings.Items, null);
            }

            return new Structured(root, bound, diagnostics, [], null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Structured(null, null, diagnostics, [], ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>The settings for the template rules; a settings file that cannot be bound is reported by the sequential pass, which binds it again.</summary>
    private static ReconcilerSettings? TryBindSettings(YamlMapping root)
    {
        try
        {
            return SettingsBinder.Bind(root);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Reads and schema-checks one file; returns its tree only when it can be bound.</summary>
    private static YamlMapping? ReadStructured(SourceFile file, ContentKind kind, List<Diagnostic> diagnostics)
    {
        if (file.IsUnreadable)
        {
            diagnostics.Add(new Diagnostic(file.Path, 1, 1, Severity.Error, DiagnosticCodes.UnreadableFile,
                "The file could not be read (permissions or an I/O error); check that it is a readable regular file."));
            return null;
        }

        if (file.IsTooLarge)
        {
            diagnostics.Add(new Diagnostic(file.Path, 1, 1, Severity.Error, DiagnosticCodes.FileTooLarge,
                $"The file is {file.Length:N0} bytes, over the {YamlLimits.MaxFileBytes:N0}-byte limit for content files; split it or remove what does not belong."));
            return null;
        }

        var read = YamlDocumentReader.Read(file.Path, file.Content);
        diagnostics.AddRange(read.Diagnostics);
        if (read.Root is null)
        {
            return null;
        }

        var check = SchemaChecker.Check(file.Path, kind, read.Root);
        diagnostics.AddRange(check.Diagnostics);
        return check.IsStructurallyValid ? read.Root : null;
    }

    /// <summary>The model of one structurally sound file; settings are bound in order, since only the first settings file counts.</summary>
    private static object? Bind(string path, ContentKind kind, YamlMapping root) => kind switch
    {
        ContentKind.Template => TemplateBinder.Bind(path, root),
        ContentKind.Theme => ThemeBinder.Bind(path, ContentPaths.Stem(path), root),
        ContentKind.Widget => WidgetBinder.Bind(path, root),
        _ => null,
    };

    private static string IgnoredMessage(string path) =>
        path.StartsWith("templates/", StringComparison.Ordinal)
            ? $"'{path}' is not read: only .yaml and .yml files are content. Rename it or move it out of templates/."
            : $"'{path}' is not read: themes/ and widgets/ hold only .yaml or .yml files directly, without subfolders. Move or rename it.";

    /// <summary>One file's parse, schema check, binding and (for a template) rules, done ahead of the sequential pass.</summary>
    private sealed record Structured(YamlMapping? Root, object? Bound, List<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> Findings, ExceptionDispatchInfo? Failure)
    {
        /// <summary>Adds the diagnostics and the rules' findings, and gives the tree and its model, or rethrows what the parse threw, for the loader's last line of defence.</summary>
        public (YamlMapping? Root, object? Bound) Take(List<Diagnostic> diagnostics, List<Diagnostic> findings)
        {
            diagnostics.AddRange(Diagnostics);
            Failure?.Throw();
            findings.AddRange(Findings);
            return (Root, Bound);
        }
    }
}
