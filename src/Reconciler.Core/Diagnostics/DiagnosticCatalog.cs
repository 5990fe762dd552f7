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
        new("YML001", "YamlSyntax", Severity.Error, "YAML syntax error, a control character YAML does not allow, or an unsupported tag.", "Fix the YAML at the reported position: indentation (spaces, never tabs), unclosed brackets or quotes, a missing colon, a stray control character such as ESC, a tag such as `!!binary`."),
        new("YML002", "FileTooLarge", Severity.Error, "File larger than 1 MiB.", "Content files are a few KB; split the file or remove what does not belong (the cap is 1 MiB)."),
        new("YML003", "InvalidUtf8", Severity.Error, "File is not valid UTF-8.", "Save the file as UTF-8 (any editor's \"Save with encoding\")."),
        new("YML004", "BinaryFile", Severity.Error, "File contains NUL bytes: binary.", "Remove the binary file (image, archive) from templates/, themes/ or widgets/."),
        new("YML005", "AliasExpansion", Severity.Error, "Over 100,000 nodes, counting what aliases expand to.", "Write values out instead of nesting aliases, and remove what does not belong; a content file never needs this many nodes."),
        new("YML006", "NestingTooDeep", Severity.Error, "Nesting deeper than 64 levels.", "Flatten the structure; content needs only a few levels."),
        new("YML007", "NotAMapping", Severity.Error, "Empty file, or a document that is not a mapping.", "Start the file with `key: value` lines; copy an example from content-example/."),
        new("YML008", "MultipleDocuments", Severity.Error, "More than one YAML document in a file.", "Remove the `---` separator; one file holds one template, theme or widget."),
        new("YML009", "DuplicateKey", Severity.Error, "The same key twice in one mapping.", "Keep one of the two keys."),
        new("YML010", "ComplexKey", Severity.Error, "A mapping key that is not a scalar.", "Use a plain name as key: `name: value`."),
        new("YML011", "UnknownAlias", Severity.Error, "An alias to an anchor that is not defined.", "Define the anchor (`&name`) before the alias (`*name`), or write the value out."),
        new("SCH001", "UnknownKey", Severity.Error, "A key the schema does not define.", "Remove the key or fix its spelling; the message suggests the nearest allowed key and lists them all."),
        new("SCH002", "WrongType", Severity.Error, "A value of the wrong type.", "Write a value of the expected type; quote versions (`\"2.10\"`), write numbers without units (`14`, not `14px`)."),
        new("SCH003", "MissingKey", Severity.Error, "A required key is missing.", "Add the key; the schema in src/Reconciler.Core/Schemas/ describes each one."),
        new("SCH004", "SchemaViolation", Severity.Error, "Any other structural violation.", "Use one of the allowed values the message lists."),
        new("REP001", "IgnoredFile", Severity.Warning, "A file in a content folder that is not YAML, in a subfolder where none are read, a symbolic link (never followed), or a name with a control character.", "Rename the file to .yaml, or move it out of the content folders; themes/ and widgets/ have no subfolders; replace a link by the file itself; rename a file whose name holds a line break or other control character."),
        new("REP002", "DuplicateSettings", Severity.Error, "Both reconciler.yaml and reconciler.yml exist.", "Keep either reconciler.yaml or reconciler.yml."),
        new("REP003", "UnreadableFile", Severity.Error, "A file that could not be read (permissions, I/O error).", "Make the file readable (permissions) or remove it."),
        new("CFG001", "SettingRange", Severity.Error, "A setting outside its allowed range.", "Use a value in the documented range: concurrency 1-32, maxBodyLength 1-100000, maxSegments 1-255, auditLog a relative path inside the repository."),
        new("CFG002", "InvalidWebhook", Severity.Error, "A webhook that is malformed or repeated.", "Name webhooks `[a-z][a-z0-9-]*`, give the NAME of environment variables (`OPS_WEBHOOK_URL`) never their values, use events planned, applied, failed, drift."),
        new("TPL001", "UnclosedPlaceholder", Severity.Error, "A {{ with no matching }}.", "Close the placeholder with `}}`."),
        new("TPL002", "EmptyPlaceholder", Severity.Error, "An empty placeholder {{}} or an empty path segment such as {{a..b}}.", "Name a variable inside the braces: `{{customer.name}}`."),
        new("TPL003", "WhitespaceInPlaceholder", Severity.Error, "White space inside the braces of a placeholder.", "Remove the spaces: `{{order.id}}`, not `{{ order.id }}`."),
        new("TPL004", "InvalidPlaceholderCharacter", Severity.Error, "A character outside [a-z0-9_.] in a placeholder, such as a hyphen or a capital.", "Use lowercase letters, digits and underscores: `{{order_id}}`, not `{{order-id}}`."),
        new("TPL005", "MalformedBraces", Severity.Error, "Stray or tripled braces: }} with no opening, {{{.", "Use exactly two braces on each side."),
        new("TPL010", "UndeclaredVariable", Severity.Error, "A placeholder names an undeclared variable.", "Add the variable to `variables`, or fix the placeholder's spelling (the message suggests a near name)."),
        new("TPL011", "UnusedVariable", Severity.Warning, "A declared variable no block uses.", "Use the variable in a block or remove it from `variables`."),
        new("TPL012", "LocaleVariablesDiffer", Severity.Error, "A locale uses a different variable set than the default locale.", "Translate the same placeholders in every locale as in `defaultLocale`."),
        new("TPL013", "InvalidLocale", Severity.Error, "A locale tag that is not well-formed BCP 47.", "Write tags as language[-Script][-REGION] with hyphens: `en-US`, `es-419`, `zh-Hant-TW`."),
        new("TPL014", "DefaultLocaleMissing", Severity.Error, "defaultLocale is not one of the locales.", "Add the default locale under `locales`, or change `defaultLocale`."),
        new("TPL015", "BodyTooLong", Severity.Error, "A block longer than its channel's body limit (WhatsApp 1024 code points).", "Shorten the block below the channel's limit (WhatsApp 1024 code points by default; `channels.<name>.maxBodyLength` in reconciler.yaml)."),
        new("TPL016", "SmsSegments", Severity.Warning, "An SMS block longer than the configured number of segments.", "Shorten the text, avoid characters outside GSM-7 (curly quotes, emoji), or raise `channels.sms.maxSegments`."),
        new("TPL017", "InvalidTemplateVersion", Severity.Error, "A template version that does not parse.", "Write 1-4 dot-separated numbers, optionally after `v`: `v2.4`, `1.2.0`."),
        new("TPL018", "DuplicateTemplateId", Severity.Error, "The same templateId in two files.", "Give each template its own `templateId`, or merge the files."),
        new("TPL019", "DuplicateBlockId", Severity.Error, "The same block id twice in one locale.", "Give each block of a locale its own id."),
        new("TPL020", "UnknownChannel", Severity.Error, "A channel the reconciler does not know.", "Use whatsapp, messenger, sms, email or webchat; list at least one."),
        new("TPL021", "InvalidIdentifier", Severity.Error, "A malformed templateId, block id or declared variable.", "Use lowercase letters, digits and underscores starting with a letter (`tmpl_order_shipped`, `msg_01`); variables are such identifiers joined by dots."),
        new("TPL022", "FileNameMismatch", Severity.Warning, "The file name differs from the templateId.", "Rename the file to `<templateId>.yaml`."),
        new("TPL023", "DuplicateChannel", Severity.Warning, "A channel listed twice.", "Remove the repeated channel."),
        new("TPL024", "LocaleBlocksDiffer", Severity.Error, "A locale's block ids differ from the default locale's, or a locale has none.", "Give every locale the same block ids, in the same order, as the default locale, and at least one block."),
        new("TPL025", "DuplicateVariable", Severity.Warning, "A variable declared twice.", "Remove the repeated variable."),
        new("THM001", "InvalidColour", Severity.Error, "A colour that is not #RRGGBB.", "Write `\"#RRGGBB\"` in quotes (an unquoted `#` starts a comment); names like `red` are not accepted."),
        new("THM002", "FontSize", Severity.Error, "Font size outside 12–24 px.", "Use 12 to 24."),
        new("THM003", "FontWeight", Severity.Error, "Font weight not 100–900 in steps of 100.", "Use 100, 200, ... 900."),
        new("THM004", "ButtonCount", Severity.Error, "Not 1–3 buttons.", "Keep 1 to 3 buttons."),
        new("THM005", "ButtonLabel", Severity.Error, "A button label outside 1–30 characters.", "Use 1 to 30 characters."),
        new("THM006", "ButtonPosition", Severity.Error, "A button position other than left, right, center.", "Use left, right or center."),
        new("THM007", "BorderRadius", Severity.Error, "Border radius outside 0–16 px.", "Use 0 to 16."),
        new("THM008", "MaxWidth", Severity.Error, "Maximum width outside 280–420 px.", "Use 280 to 420."),
        new("THM009", "ThemeName", Severity.Error, "Theme name outside 3–100 characters.", "Use 3 to 100 characters."),
        new("THM010", "BodyContrast", Severity.Error, "Body text contrast below the WCAG 2.1 minimum.", "Change `font.color` or `backgroundColor` until the printed ratio reaches 4.5:1 (3:1 for large text: at least 24px, or 18.67px at weight 700+)."),
        new("THM011", "ButtonContrast", Severity.Error, "Button text contrast below 4.5:1.", "Change the button's `textColor` or `color` until the ratio reaches 4.5:1 (buttons never get the large-text relief)."),
        new("THM012", "IconUrl", Severity.Error, "An icon URL that is not an absolute https URL.", "Serve the icon over https: `https://cdn.example.com/icon.svg`."),
        new("THM013", "InvalidVersionTag", Severity.Error, "A versionTag that does not parse.", "Write 1-4 dot-separated numbers, optionally after `v`: `v1.2.0`."),
        new("THM014", "FontFamily", Severity.Error, "An empty font family.", "Name a font family, e.g. `Inter`."),
        new("WID001", "WeightRange", Severity.Error, "A traffic weight outside [0, 1].", "Write the share of traffic as a fraction between 0 and 1: `0.3` for 30%."),
        new("WID002", "WeightSum", Severity.Error, "Weights that do not sum to 1.0.", "Adjust the weights so they add up to exactly 1 (summed as decimals, so 0.1 + 0.2 + 0.7 is exact)."),
        new("WID003", "UnknownTheme", Severity.Error, "An assignment names a theme with no file.", "Name a theme by its file name without `.yaml`, or add `themes/<name>.yaml`."),
        new("WID004", "InvalidSegment", Severity.Error, "A malformed segmentId.", "Write `seg-` then lowercase words joined by hyphens: `seg-premium`."),
        new("WID005", "InvalidGeoRegion", Severity.Error, "A malformed geoRegion.", "Write 2-4 uppercase letters, then one or two hyphenated parts of uppercase letters or digits: `US-EAST`, `APAC-SG-1`."),
        new("WID006", "InvalidWidgetId", Severity.Error, "A malformed widgetId.", "Write `w-` then 1-32 lowercase letters or digits: `w-123456`."),
        new("WID007", "DuplicateWidgetId", Severity.Error, "The same widgetId in two files.", "Keep one file per widget."),
        new("WID008", "NoAssignments", Severity.Error, "A widget with no assignments.", "Assign at least one theme (with `trafficWeight: 1`)."),
        new("WID009", "DuplicateAssignment", Severity.Error, "Two assignments with the same theme, segment and region.", "Merge the two assignments and add their weights."),
    ];

    private static readonly Dictionary<string, DiagnosticRule> ByCode = Rules.ToDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>The rule for <paramref name="code"/>, or null for an unknown code.</summary>
    public static DiagnosticRule? Find(string code) => ByCode.GetValueOrDefault(code);
}
