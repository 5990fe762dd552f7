namespace Reconciler.Core.Diagnostics;

/// <summary>
/// Every stable diagnostic code outside the placeholder parser's (TPL001–TPL005, see
/// <see cref="Templates.PlaceholderErrorCodes"/>). <c>Diagnostics/README.md</c> documents each one.
/// </summary>
public static class DiagnosticCodes
{
    // Files and YAML (YML): a file that cannot be read as one YAML mapping.

    /// <summary>YAML syntax error.</summary>
    public const string YamlSyntax = "YML001";

    /// <summary>File larger than <see cref="Yaml.YamlLimits.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "YML002";

    /// <summary>File is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "YML003";

    /// <summary>File contains NUL bytes: binary.</summary>
    public const string BinaryFile = "YML004";

    /// <summary>Aliases expand beyond <see cref="Yaml.YamlLimits.MaxExpandedNodes"/>.</summary>
    public const string AliasExpansion = "YML005";

    /// <summary>Nesting deeper than <see cref="Yaml.YamlLimits.MaxDepth"/>.</summary>
    public const string NestingTooDeep = "YML006";

    /// <summary>Empty file, or a document that is not a mapping.</summary>
    public const string NotAMapping = "YML007";

    /// <summary>More than one YAML document in a file.</summary>
    public const string MultipleDocuments = "YML008";

    /// <summary>The same key twice in one mapping.</summary>
    public const string DuplicateKey = "YML009";

    /// <summary>A mapping key that is not a scalar.</summary>
    public const string ComplexKey = "YML010";

    /// <summary>An alias to an anchor that is not defined.</summary>
    public const string UnknownAlias = "YML011";

    // Structure (SCH): what the JSON Schema of the file's kind says.

    /// <summary>A key the schema does not define.</summary>
    public const string UnknownKey = "SCH001";

    /// <summary>A value of the wrong type.</summary>
    public const string WrongType = "SCH002";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "SCH003";

    /// <summary>Any other structural violation.</summary>
    public const string SchemaViolation = "SCH004";

    // Repository layout (REP).

    /// <summary>A file in a content folder that is not YAML, or in a subfolder where none are read.</summary>
    public const string IgnoredFile = "REP001";

    /// <summary>Both <c>reconciler.yaml</c> and <c>reconciler.yml</c> exist.</summary>
    public const string DuplicateSettings = "REP002";

    /// <summary>A file that could not be read (permissions, I/O error).</summary>
    public const string UnreadableFile = "REP003";

    // Templates (TPL010+); TPL001–TPL005 come from the placeholder parser.

    /// <summary>A placeholder names an undeclared variable.</summary>
    public const string UndeclaredVariable = "TPL010";

    /// <summary>A declared variable no block uses.</summary>
    public const string UnusedVariable = "TPL011";

    /// <summary>A locale uses a different variable set than the default locale.</summary>
    public const string LocaleVariablesDiffer = "TPL012";

    /// <summary>A locale tag that is not well-formed BCP 47.</summary>
    public const string InvalidLocale = "TPL013";

    /// <summary><c>defaultLocale</c> is not one of the locales.</summary>
    public const string DefaultLocaleMissing = "TPL014";

    /// <summary>A block longer than its channel's body limit (WhatsApp 1024 code points).</summary>
    public const string BodyTooLong = "TPL015";

    /// <summary>An SMS block longer than the configured number of segments.</summary>
    public const string SmsSegments = "TPL016";

    /// <summary>A template <c>version</c> that does not parse.</summary>
    public const string InvalidTemplateVersion = "TPL017";

    /// <summary>The same <c>templateId</c> in two files.</summary>
    public const string DuplicateTemplateId = "TPL018";

    /// <summary>The same block id twice in one locale.</summary>
    public const string DuplicateBlockId = "TPL019";

    /// <summary>A channel the reconciler does not know.</summary>
    public const string UnknownChannel = "TPL020";

    /// <summary>A malformed <c>templateId</c>, block id or declared variable.</summary>
    public const string InvalidIdentifier = "TPL021";

    /// <summary>The file name differs from the <c>templateId</c>.</summary>
    public const string FileNameMismatch = "TPL022";

    /// <summary>A channel listed twice.</summary>
    public const string DuplicateChannel = "TPL023";

    /// <summary>A locale's block ids differ from the default locale's, or a locale has none.</summary>
    public const string LocaleBlocksDiffer = "TPL024";

    /// <summary>A variable declared twice.</summary>
    public const string DuplicateVariable = "TPL025";

    // Themes (THM).

    /// <summary>A colour that is not <c>#RRGGBB</c>.</summary>
    public const string InvalidColour = "THM001";

    /// <summary>Font size outside 12–24 px.</summary>
    public const string FontSize = "THM002";

    /// <summary>Font weight not 100–900 in steps of 100.</summary>
    public const string FontWeight = "THM003";

    /// <summary>Not 1–3 buttons.</summary>
    public const string ButtonCount = "THM004";

    /// <summary>A button label outside 1–30 characters.</summary>
    public const string ButtonLabel = "THM005";

    /// <summary>A button position other than left, right, center.</summary>
    public const string ButtonPosition = "THM006";

    /// <summary>Border radius outside 0–16 px.</summary>
    public const string BorderRadius = "THM007";

    /// <summary>Maximum width outside 280–420 px.</summary>
    public const string MaxWidth = "THM008";

    /// <summary>Theme name outside 3–100 characters.</summary>
    public const string ThemeName = "THM009";

    /// <summary>Body text contrast below the WCAG 2.1 minimum.</summary>
    public const string BodyContrast = "THM010";

    /// <summary>Button text contrast below 4.5:1.</summary>
    public const string ButtonContrast = "THM011";

    /// <summary>An icon URL that is not an absolute https URL.</summary>
    public const string IconUrl = "THM012";

    /// <summary>A <c>versionTag</c> that does not parse.</summary>
    public const string InvalidVersionTag = "THM013";

    /// <summary>An empty font family.</summary>
    public const string FontFamily = "THM014";

    // Widgets (WID).

    /// <summary>A traffic weight outside [0, 1].</summary>
    public const string WeightRange = "WID001";

    /// <summary>Weights that do not sum to 1.0.</summary>
    public const string WeightSum = "WID002";

    /// <summary>An assignment names a theme with no file.</summary>
    public const string UnknownTheme = "WID003";

    /// <summary>A malformed <c>segmentId</c>.</summary>
    public const string InvalidSegment = "WID004";

    /// <summary>A malformed <c>geoRegion</c>.</summary>
    public const string InvalidGeoRegion = "WID005";

    /// <summary>A malformed <c>widgetId</c>.</summary>
    public const string InvalidWidgetId = "WID006";

    /// <summary>The same <c>widgetId</c> in two files.</summary>
    public const string DuplicateWidgetId = "WID007";

    /// <summary>A widget with no assignments.</summary>
    public const string NoAssignments = "WID008";

    /// <summary>Two assignments with the same theme, segment and region.</summary>
    public const string DuplicateAssignment = "WID009";

    // Settings (CFG): reconciler.yaml.

    /// <summary>A setting outside its allowed range.</summary>
    public const string SettingRange = "CFG001";

    /// <summary>A webhook that is malformed or repeated.</summary>
    public const string InvalidWebhook = "CFG002";
}
