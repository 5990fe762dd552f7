using Reconciler.Core.Content;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Settings;
using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Settings;

public sealed class SettingsTests
{
    private static ContentSet Load(string yaml) => ContentLoader.Load(new InMemorySource().Add("reconciler.yaml", yaml));

    [Fact]
    public void Load_NoSettingsFile_UsesDefaults()
    {
        var content = ContentLoader.Load(new InMemorySource());

        Assert.Null(content.SettingsPath);
        Assert.Equal(SettingsDefaults.ApplyConcurrency, content.Settings.ApplyConcurrency);
        Assert.Equal(1024, content.Settings.LimitsFor("whatsapp").MaxBodyLength);
        Assert.Equal(1, content.Settings.LimitsFor("sms").MaxSegments);
        Assert.Null(content.Settings.LimitsFor("email").MaxBodyLength);
        Assert.Empty(content.Settings.Webhooks);
        Assert.Null(content.Settings.AuditLog);
    }

    [Fact]
    public void Load_PartialChannelSettings_KeepOtherDefaults()
    {
        var content = Load("channels:\n  whatsapp: { maxBodyLength: 500 }\n  email: { maxBodyLength: 10000 }\n");

        Assert.Equal(500, content.Settings.LimitsFor("whatsapp").MaxBodyLength);
        Assert.Equal(10000, content.Settings.LimitsFor("email").MaxBodyLength);
        Assert.Equal(1, content.Settings.LimitsFor("sms").MaxSegments);
    }

    [Fact]
    public void Load_Webhooks_BindWithDefaultEvents()
    {
        var content = Load("webhooks:\n  - { name: ops, urlEnv: OPS_URL, secretEnv: OPS_SECRET }\n  - { name: audit, urlEnv: AUDIT_URL, events: [drift] }\nauditLog: logs/audit.jsonl\n");

        var hooks = content.Settings.Webhooks;
        Assert.Equal(2, hooks.Count);
        Assert.Equal(("ops", "OPS_URL", "OPS_SECRET"), (hooks[0].Name, hooks[0].UrlEnv, hooks[0].SecretEnv));
        Assert.Equal(["applied", "failed"], hooks[0].Events);
        Assert.Equal(("audit", "AUDIT_URL", (string?)null), (hooks[1].Name, hooks[1].UrlEnv, hooks[1].SecretEnv));
        Assert.Equal(["drift"], hooks[1].Events);
        Assert.Equal("logs/audit.jsonl", content.Settings.AuditLog);
    }

    [Theory]
    [InlineData("apply: { concurrency: 0 }", DiagnosticCodes.SettingRange)]
    [InlineData("apply: { concurrency: 33 }", DiagnosticCodes.SettingRange)]
    [InlineData("channels: { sms: { maxSegments: 0 } }", DiagnosticCodes.SettingRange)]
    [InlineData("auditLog: /var/log/audit.jsonl", DiagnosticCodes.SettingRange)]
    [InlineData("auditLog: ../outside.jsonl", DiagnosticCodes.SettingRange)]
    [InlineData("webhooks: [{ name: Ops Chat, urlEnv: OPS_URL }]", DiagnosticCodes.InvalidWebhook)]
    [InlineData("webhooks: [{ name: ops, urlEnv: \"https://hooks.example.com/x\" }]", DiagnosticCodes.InvalidWebhook)]
    [InlineData("webhooks: [{ name: ops, urlEnv: OPS_URL, events: [deployed] }]", DiagnosticCodes.InvalidWebhook)]
    [InlineData("webhooks: [{ name: ops, urlEnv: A }, { name: ops, urlEnv: B }]", DiagnosticCodes.InvalidWebhook)]
    public void Validate_BadSetting_ErrorOnItsLine(string yaml, string code) =>
        Check.Single(Check.Run(new InMemorySource().Add("reconciler.yaml", "# settings\n" + yaml + "\n")), code, Severity.Error, 2);

    [Fact]
    public void Validate_GoodSettings_AreClean() =>
        Check.Clean(Check.Run(new InMemorySource().Add("reconciler.yaml",
            "apply: { concurrency: 32 }\nchannels: { sms: { maxSegments: 4 } }\nauditLog: .reconciler/audit.jsonl\nwebhooks: [{ name: ops-chat, urlEnv: OPS_URL, secretEnv: OPS_SECRET, events: [applied, drift] }]\n")));

    [Fact]
    public void Validate_UnknownSettingsKey_Sch001() =>
        Check.Single(Check.Run(new InMemorySource().Add("reconciler.yaml", "apply: { concurency: 2 }\n")), DiagnosticCodes.UnknownKey, Severity.Error, 1, 10);

    [Fact]
    public void Load_BothSettingsFiles_ErrorOnTheSecond() =>
        Check.Single(Check.Run(new InMemorySource().Add("reconciler.yaml", "apply: {}\n").Add("reconciler.yml", "apply: {}\n")),
            DiagnosticCodes.DuplicateSettings, Severity.Error, 1);
}
