using Reconciler.Core.Diagnostics;
using Reconciler.Core.Templates;
using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Templates;

public sealed class TemplateRulesTests
{
    private const string EnContent = "content: \"Hi {{customer.name}}, order {{order.id}} ships.\"";

    [Fact]
    public void Validate_SampleTemplate_IsClean() => Check.Clean(Check.Template(Samples.Template));

    [Fact]
    public void Validate_UndeclaredVariable_ErrorAtThePlaceholderColumn()
    {
        var text = Check.Edit(Samples.Template, EnContent, "content: \"Hi {{customer.name}}, order {{order.id}} {{order.total}}\"");

        var d = Check.Single(Check.Template(text), DiagnosticCodes.UndeclaredVariable, Severity.Error, 11, 60);
        Assert.Contains("order.total", d.Message, StringComparison.Ordinal);
        Assert.Contains("add 'order.total' to variables", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MisspelledVariable_SuggestsTheDeclaredOne()
    {
        var text = Check.Edit(Samples.Template, EnContent, "content: \"Hi {{custmer.name}}, order {{order.id}} ships.\"");

        var d = Check.Single(Check.Template(text), DiagnosticCodes.UndeclaredVariable, Severity.Error, 11, 22);
        Assert.Contains("did you mean 'customer.name'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnusedVariable_WarningAtTheDeclaration()
    {
        var text = Check.Edit(Samples.Template, "variables:", "variables: [customer.name, order.id, coupon.code]");

        var d = Check.Single(Check.Template(text), DiagnosticCodes.UnusedVariable, Severity.Warning, 5, 38);
        Assert.Contains("coupon.code", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LocaleMissingAVariable_ErrorAtTheLocaleKey()
    {
        var text = Check.Edit(Samples.Template, "Hola", "content: \"Hola {{customer.name}}.\"");

        var d = Check.Single(Check.Template(text), DiagnosticCodes.LocaleVariablesDiffer, Severity.Error, 12, 3);
        Assert.Contains("lacks order.id", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LocaleAddingAVariable_Error()
    {
        var text = Check.Edit(Samples.Template, "variables:", "variables: [customer.name, order.id, order.eta]");
        text = Check.Edit(text, "Hola", "content: \"Hola {{customer.name}}, pedido {{order.id}} {{order.eta}}.\"");

        var d = Check.Single(Check.Template(text), DiagnosticCodes.LocaleVariablesDiffer, Severity.Error, 12);
        Assert.Contains("adds order.eta", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en_us", "en-US")]
    [InlineData("english", null)]
    public void Validate_MalformedDefaultLocale_ErrorWithSuggestion(string tag, string? suggestion)
    {
        var text = Check.Edit(Samples.Template, "defaultLocale:", $"defaultLocale: {tag}");

        var d = Check.Single(Check.Template(text), DiagnosticCodes.InvalidLocale, Severity.Error, 4, 16);
        if (suggestion is not null)
        {
            Assert.Contains($"did you mean '{suggestion}'", d.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_MalformedLocaleKey_ErrorAtTheKey()
    {
        var text = Check.Edit(Samples.Template, "es-MX:", "es_MX:");

        Check.Single(Check.Template(text), DiagnosticCodes.InvalidLocale, Severity.Error, 12, 3);
    }

    [Theory]
    [InlineData("es-419")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn-RS")]
    public void Validate_WellFormedLocaleKeys_Accepted(string tag)
    {
        var text = Check.Edit(Samples.Template, "es-MX:", tag + ":");

        Check.Clean(Check.Template(text));
    }

    [Fact]
    public void Validate_LocalesDifferingOnlyInCase_Error()
    {
        var text = Check.Edit(Samples.Template, "es-MX:", "EN-us:");

        Check.Single(Check.Template(text), DiagnosticCodes.InvalidLocale, Severity.Error, 12);
    }

    [Fact]
    public void Validate_DefaultLocaleNotAmongLocales_Error()
    {
        var text = Check.Edit(Samples.Template, "defaultLocale:", "defaultLocale: fr-CA");

        var d = Check.Single(Check.Template(text), DiagnosticCodes.DefaultLocaleMissing, Severity.Error, 4);
        Assert.Contains("en-US, es-MX", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhatsAppBodyOverLimit_ErrorWithCount()
    {
        var text = Check.Edit(Samples.Template, "Hola", $"content: \"Hola {{{{customer.name}}}} {{{{order.id}}}} {new string('a', 1024)}\"");

        var d = Check.Single(Check.Template(text), DiagnosticCodes.BodyTooLong, Severity.Error, 16, 18);
        Assert.Contains("whatsapp's limit of 1024", d.Message, StringComparison.Ordinal);
        Assert.Contains("Placeholders are counted as written", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhatsAppBodyOfExactly1024CodePoints_Accepted()
    {
        // 1024 emoji are 2048 UTF-16 units but 1024 code points: CXone counts code points.
        var body = string.Concat(Enumerable.Repeat("😀", 1024 - 1));
        var text = Check.Edit(Samples.Template, "channels:", "channels: [whatsapp]");
        text = Check.Edit(text, "variables:", "variables: []");
        text = Check.Edit(text, "Hi {{", $"content: \"{body}!\"");
        text = Check.Edit(text, "Hola", $"content: \"{body}!\"");

        Check.Clean(Check.Template(text));
    }

    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Validate_SmsGsm7Length_WarnsAboveOneSegment(int length, int segments)
    {
        var diagnostics = Check.Template(path: "templates/tmpl_sms.yaml", text: SmsTemplate(new string('a', length)));

        if (segments == 1)
        {
            Check.Clean(diagnostics);
            return;
        }

        var d = Check.Single(diagnostics, DiagnosticCodes.SmsSegments, Severity.Warning, 10);
        Assert.Contains($"takes {segments} SMS segments (GSM-7, {length} septets)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SmsExtensionCharacters_CountTwice()
    {
        Check.Clean(Check.Template(path: "templates/tmpl_sms.yaml", text: SmsTemplate(new string('€', 80))));

        var d = Check.Single(Check.Template(path: "templates/tmpl_sms.yaml", text: SmsTemplate(new string('€', 81))), DiagnosticCodes.SmsSegments, Severity.Warning, 10);
        Assert.Contains("162 septets", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SmsOutsideGsm7_MeasuredAsUcs2()
    {
        Check.Clean(Check.Template(path: "templates/tmpl_sms.yaml", text: SmsTemplate(new string('ж', 70))));

        var d = Check.Single(Check.Template(path: "templates/tmpl_sms.yaml", text: SmsTemplate(new string('ж', 71))), DiagnosticCodes.SmsSegments, Severity.Warning, 10);
        Assert.Contains("UCS-2 (because of 'ж'), 71 UTF-16 units", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SmsSegmentLimitFromSettings_Respected()
    {
        var source = new InMemorySource()
            .Add("reconciler.yaml", "channels:\n  sms: { maxSegments: 3 }\n")
            .Add("templates/tmpl_sms.yaml", SmsTemplate(new string('a', 459)));
        Check.Clean(Check.Run(source));

        source.Add("templates/tmpl_sms.yaml", SmsTemplate(new string('a', 460)));
        Check.Single(Check.Run(source), DiagnosticCodes.SmsSegments, Severity.Warning, 10);
    }

    [Fact]
    public void Validate_InvalidVersion_ErrorAtVersion()
    {
        var text = Check.Edit(Samples.Template, "version:", "version: v2.x");

        var d = Check.Single(Check.Template(text), DiagnosticCodes.InvalidTemplateVersion, Severity.Error, 2, 10);
        Assert.DoesNotContain(Check.Template(text), x => x.Code == DiagnosticCodes.SchemaViolation);
        Assert.Contains("v2.x", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateTemplateId_ErrorInTheSecondFile()
    {
        var source = new InMemorySource()
            .Add("templates/tmpl_order.yaml", Samples.Template)
            .Add("templates/zz/tmpl_order.yaml", Samples.Template);

        var d = Check.Single(Check.Run(source), DiagnosticCodes.DuplicateTemplateId, Severity.Error, 1, 13);
        Assert.Equal("templates/zz/tmpl_order.yaml", d.File);
        Assert.Contains("templates/tmpl_order.yaml:1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateBlockId_Error()
    {
        var text = Samples.Template.Replace(
            "      - id: msg_01\n        type: text\n        content: \"Hola",
            "      - id: msg_01\n        type: text\n        content: \"x\"\n      - id: msg_01\n        type: text\n        content: \"Hola", StringComparison.Ordinal);

        Check.Single(Check.Template(text), DiagnosticCodes.DuplicateBlockId, Severity.Error, 17, 13);
    }

    [Fact]
    public void Validate_UnknownChannel_ErrorAtTheItem()
    {
        var text = Check.Edit(Samples.Template, "channels:", "channels: [whatsapp, pigeon]");

        var d = Check.Single(Check.Template(text), DiagnosticCodes.UnknownChannel, Severity.Error, 3, 22);
        Assert.Contains("pigeon", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoChannels_Error() =>
        Check.Single(Check.Template(Check.Edit(Samples.Template, "channels:", "channels: []")), DiagnosticCodes.UnknownChannel, Severity.Error, 3);

    [Fact]
    public void Validate_DuplicateChannel_Warning() =>
        Check.Single(Check.Template(Check.Edit(Samples.Template, "channels:", "channels: [sms, sms]")), DiagnosticCodes.DuplicateChannel, Severity.Warning, 3, 17);

    [Theory]
    [InlineData("templateId: Tmpl-Order", 1)]
    [InlineData("variables: [customer.name, order.id, Order-Total]", 5)]
    public void Validate_MalformedIdentifier_Error(string line, int at)
    {
        var text = Check.Edit(Samples.Template, line.Split(':')[0] + ":", line);

        Check.Single(Check.Template(text), DiagnosticCodes.InvalidIdentifier, Severity.Error, at);
    }

    [Fact]
    public void Validate_MalformedBlockId_Error() =>
        Check.Single(Check.Template(Samples.Template.Replace("- id: msg_01\n        type: text\n        content: \"Hi", "- id: Msg-1\n        type: text\n        content: \"Hi", StringComparison.Ordinal)),
            DiagnosticCodes.InvalidIdentifier, Severity.Error, 9, 13);

    [Fact]
    public void Validate_FileNameDiffersFromTemplateId_Warning()
    {
        var d = Check.Single(Check.Template(Samples.Template, "templates/orders.yaml"), DiagnosticCodes.FileNameMismatch, Severity.Warning, 1);
        Assert.Contains("tmpl_order.yaml", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LocaleWithDifferentBlocks_Error()
    {
        var text = Samples.Template.Replace("- id: msg_01\n        type: text\n        content: \"Hola", "- id: msg_02\n        type: text\n        content: \"Hola", StringComparison.Ordinal);

        var d = Check.Single(Check.Template(text), DiagnosticCodes.LocaleBlocksDiffer, Severity.Error, 12);
        Assert.Contains("[msg_02]", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LocaleWithBlocksInAnotherOrder_ErrorListsBothOrders()
    {
        var d = Check.Single(Check.Template(TwoBlocks(["msg_01", "msg_02"], ["msg_02", "msg_01"])), DiagnosticCodes.LocaleBlocksDiffer, Severity.Error, 15, 3);

        Assert.Contains("has blocks [msg_02, msg_01] but the default locale 'en-US' has [msg_01, msg_02]", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LocaleWithAnExtraBlock_Error()
    {
        var d = Check.Single(Check.Template(TwoBlocks(["msg_01"], ["msg_01", "msg_02"])), DiagnosticCodes.LocaleBlocksDiffer, Severity.Error, 12, 3);

        Assert.Contains("[msg_01, msg_02] but the default locale 'en-US' has [msg_01]", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LocalesWithTheSameBlocks_Clean() => Check.Clean(Check.Template(TwoBlocks(["msg_01", "msg_02"], ["msg_01", "msg_02"])));

    [Fact]
    public void Validate_LocaleLackingOneVariableAndAddingAnother_NamesBoth()
    {
        var text = Check.Edit(Samples.Template, "variables:", "variables: [customer.name, order.id, order.eta]");
        text = Check.Edit(text, "Hola", "content: \"Hola {{customer.name}}, llega {{order.eta}}.\"");

        var d = Check.Single(Check.Template(text), DiagnosticCodes.LocaleVariablesDiffer, Severity.Error, 12);
        Assert.Contains("but it lacks order.id and it adds order.eta;", d.Message, StringComparison.Ordinal);
    }

    /// <summary>A template whose en-US and es-MX locales have blocks with these ids, in this order.</summary>
    private static string TwoBlocks(string[] english, string[] spanish)
    {
        static string Blocks(string[] ids, string greeting) => string.Concat(ids.Select(id =>
            $"      - id: {id}\n        type: text\n        content: \"{greeting} {{{{customer.name}}}}\"\n"));
        return "templateId: tmpl_order\nversion: v2.4\nchannels: [whatsapp]\ndefaultLocale: en-US\nvariables: [customer.name]\nlocales:\n"
            + "  en-US:\n    contentBlocks:\n" + Blocks(english, "Hi")
            + "  es-MX:\n    contentBlocks:\n" + Blocks(spanish, "Hola");
    }

    [Fact]
    public void Validate_DuplicateVariable_Warning() =>
        Check.Single(Check.Template(Check.Edit(Samples.Template, "variables:", "variables: [customer.name, order.id, order.id]")),
            DiagnosticCodes.DuplicateVariable, Severity.Warning, 5, 38);

    [Theory]
    [InlineData("{{order-id}}", PlaceholderErrorCodes.InvalidCharacter, 31)]
    [InlineData("{{ order.id}}", PlaceholderErrorCodes.Whitespace, 26)]
    [InlineData("{{}}", PlaceholderErrorCodes.Empty, 24)]
    [InlineData("{{order.id", PlaceholderErrorCodes.Unclosed, 24)]
    [InlineData("{{{order.id}}}", PlaceholderErrorCodes.MalformedBraces, 24)]
    public void Validate_PlaceholderSyntaxError_ErrorAtExactColumn(string placeholder, string code, int column)
    {
        // Eight spaces, `content: "Hola ` put the placeholder's first brace at column 24 of line 16;
        // the column is that of the offending character (the hyphen, the space), not of the braces.
        var text = Check.Edit(Samples.Template, "Hola", $"content: \"Hola {placeholder} {{{{customer.name}}}} {{{{order.id}}}}\"");

        Check.Single(Check.Template(text), code, Severity.Error, 16, column);
    }

    private static string SmsTemplate(string content) => $"""
        templateId: tmpl_sms
        version: v1
        channels: [sms]
        defaultLocale: en-US
        locales:
          en-US:
            contentBlocks:
              - id: s1
                type: text
                content: "{content}"

        """;
}
