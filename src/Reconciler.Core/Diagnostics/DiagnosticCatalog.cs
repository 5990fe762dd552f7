namespace Reconciler.Core.Diagnostics;

/// <summary>
/// Every diagnostic code the validator reports, with its name, severity and meaning. SARIF output
/// lists these as rules; <c>Diagnostics/README.md</c> documents each with how to fix it, and a
/// test keeps the three in step.
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>All rules, ordered by area then code.</summary>
    public static IReadOnlyList<DiagnosticRule> Rules { get; } =
    [
        new("YML001", "YamlSyntax", Severity.Error, "YAML syntax error."),
        new("YML002", "FileTooLarge", Severity.Error, "File larger than 1 MiB."),
        new("YML003", "InvalidUtf8", Severity.Error, "File is not valid UTF-8."),
        new("YML004", "BinaryFile", Severity.Error, "File contains NUL bytes: binary."),
        new("YML005", "AliasExpansion", Severity.Error, "Aliases expand beyond 100,000 nodes."),
        new("YML006", "NestingTooDeep", Severity.Error, "Nesting deeper than 64 levels."),
        new("YML007", "NotAMapping", Severity.Error, "Empty file, or a document that is not a mapping."),
        new("YML008", "MultipleDocuments", Severity.Error, "More than one YAML document in a file."),
        new("YML009", "DuplicateKey", Severity.Error, "The same key twice in one mapping."),
        new("YML010", "ComplexKey", Severity.Error, "A mapping key that is not a scalar."),
        new("YML011", "UnknownAlias", Severity.Error, "An alias to an anchor that is not defined."),
        new("SCH001", "UnknownKey", Severity.Error, "A key the schema does not define."),
        new("SCH002", "WrongType", Severity.Error, "A value of the wrong type."),
        new("SCH003", "MissingKey", Severity.Error, "A required key is missing."),
        new("SCH004", "SchemaViolation", Severity.Error, "Any other structural violation."),
        new("REP001", "IgnoredFile", Severity.Warning, "A file in a content folder that is not YAML, or in a subfolder where none are read."),
        new("REP002", "DuplicateSettings", Severity.Error, "Both reconciler.yaml and reconciler.yml exist."),
        new("REP003", "UnreadableFile", Severity.Error, "A file that could not be read (permissions, I/O error)."),
        new("CFG001", "SettingRange", Severity.Error, "A setting outside its allowed range."),
        new("CFG002", "InvalidWebhook", Severity.Error, "A webhook that is malformed or repeated."),
        new("TPL001", "UnclosedPlaceholder", Severity.Error, "A {{ with no matching }}."),
        new("TPL002", "EmptyPlaceholder", Severity.Error, "An empty placeholder {{}} or an empty path segment such as {{a..b}}."),
        new("TPL003", "WhitespaceInPlaceholder", Severity.Error, "White space inside the braces of a placeholder."),
        new("TPL004", "InvalidPlaceholderCharacter", Severity.Error, "A character outside [a-z0-9_.] in a placeholder, such as a hyphen or a capital."),
        new("TPL005", "MalformedBraces", Severity.Error, "Stray or tripled braces: }} with no opening, {{{."),
        new("TPL010", "UndeclaredVariable", Severity.Error, "A placeholder names an undeclared variable."),
        new("TPL011", "UnusedVariable", Severity.Warning, "A declared variable no block uses."),
        new("TPL012", "LocaleVariablesDiffer", Severity.Error, "A locale uses a different variable set than the default locale."),
        new("TPL013", "InvalidLocale", Severity.Error, "A locale tag that is not well-formed BCP 47."),
        new("TPL014", "DefaultLocaleMissing", Severity.Error, "defaultLocale is not one of the locales."),
        new("TPL015", "BodyTooLong", Severity.Error, "A block longer than its channel's body limit (WhatsApp 1024 code points)."),
        new("TPL016", "SmsSegments", Severity.Warning, "An SMS block longer than the configured number of segments."),
        new("TPL017", "InvalidTemplateVersion", Severity.Error, "A template version that does not parse."),
        new("TPL018", "DuplicateTemplateId", Severity.Error, "The same templateId in two files."),
        new("TPL019", "DuplicateBlockId", Severity.Error, "The same block id twice in one locale."),
        new("TPL020", "UnknownChannel", Severity.Error, "A channel the reconciler does not know."),
        new("TPL021", "InvalidIdentifier", Severity.Error, "A malformed templateId, block id or declared variable."),
        new("TPL022", "FileNameMismatch", Severity.Warning, "The file name differs from the templateId."),
        new("TPL023", "DuplicateChannel", Severity.Warning, "A channel listed twice."),
        new("TPL024", "LocaleBlocksDiffer", Severity.Error, "A locale's block ids differ from the default locale's, or a locale has none."),
        new("TPL025", "DuplicateVariable", Severity.Warning, "A variable declared twice."),
        new("THM001", "InvalidColour", Severity.Error, "A colour that is not #RRGGBB."),
        new("THM002", "FontSize", Severity.Error, "Font size outside 12–24 px."),
        new("THM003", "FontWeight", Severity.Error, "Font weight not 100–900 in steps of 100."),
        new("THM004", "ButtonCount", Severity.Error, "Not 1–3 buttons."),
        new("THM005", "ButtonLabel", Severity.Error, "A button label outside 1–30 characters."),
        new("THM006", "ButtonPosition", Severity.Error, "A button position other than left, right, center."),
        new("THM007", "BorderRadius", Severity.Error, "Border radius outside 0–16 px."),
        new("THM008", "MaxWidth", Severity.Error, "Maximum width outside 280–420 px."),
        new("THM009", "ThemeName", Severity.Error, "Theme name outside 3–100 characters."),
        new("THM010", "BodyContrast", Severity.Error, "Body text contrast below the WCAG 2.1 minimum."),
        new("THM011", "ButtonContrast", Severity.Error, "Button text contrast below 4.5:1."),
        new("THM012", "IconUrl", Severity.Error, "An icon URL that is not an absolute https URL."),
        new("THM013", "InvalidVersionTag", Severity.Error, "A versionTag that does not parse."),
        new("THM014", "FontFamily", Severity.Error, "An empty font family."),
        new("WID001", "WeightRange", Severity.Error, "A traffic weight outside [0, 1]."),
        new("WID002", "WeightSum", Severity.Error, "Weights that do not sum to 1.0."),
        new("WID003", "UnknownTheme", Severity.Error, "An assignment names a theme with no file."),
        new("WID004", "InvalidSegment", Severity.Error, "A malformed segmentId."),
        new("WID005", "InvalidGeoRegion", Severity.Error, "A malformed geoRegion."),
        new("WID006", "InvalidWidgetId", Severity.Error, "A malformed widgetId."),
        new("WID007", "DuplicateWidgetId", Severity.Error, "The same widgetId in two files."),
        new("WID008", "NoAssignments", Severity.Error, "A widget with no assignments."),
        new("WID009", "DuplicateAssignment", Severity.Error, "Two assignments with the same theme, segment and region."),
    ];

    private static readonly Dictionary<string, DiagnosticRule> ByCode = Rules.ToDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>The rule for <paramref name="code"/>, or null for an unknown code.</summary>
    public static DiagnosticRule? Find(string code) => ByCode.GetValueOrDefault(code);
}
