using Reconciler.Core.Settings;
using Reconciler.Engine.Webhooks;

namespace Reconciler.Engine.Tests.Webhooks;

public sealed class WebhookTargetsTests
{
    private static readonly WebhookSettings OpsChat = new("ops-chat", "OPS_WEBHOOK_URL", "OPS_WEBHOOK_SECRET", ["applied", "failed"]);

    [Fact]
    public void Resolve_UrlAndSecretSet_OneTarget()
    {
        var (targets, warnings) = WebhookTargets.Resolve([OpsChat], Env(("OPS_WEBHOOK_URL", "https://hooks.example.com/x"), ("OPS_WEBHOOK_SECRET", "s")));

        var target = Assert.Single(targets);
        Assert.Empty(warnings);
        Assert.Equal(("ops-chat", "s"), (target.Name, target.Secret));
        Assert.Equal("webhook ops-chat", target.ToString());
    }

    [Fact]
    public void Resolve_UrlUnset_WarningNamesTheVariable()
    {
        var (targets, warnings) = WebhookTargets.Resolve([OpsChat], Env());

        Assert.Empty(targets);
        Assert.Contains("OPS_WEBHOOK_URL is not set", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NotAnHttpUrl_WarningNeverEchoesTheValue()
    {
        var (targets, warnings) = WebhookTargets.Resolve([OpsChat], Env(("OPS_WEBHOOK_URL", "ftp://user:pa55@host/x"), ("OPS_WEBHOOK_SECRET", "s")));

        Assert.Empty(targets);
        Assert.DoesNotContain("pa55", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SecretConfiguredButUnset_NotSentUnsigned()
    {
        var (targets, warnings) = WebhookTargets.Resolve([OpsChat], Env(("OPS_WEBHOOK_URL", "https://hooks.example.com/x")));

        Assert.Empty(targets);
        Assert.Contains("OPS_WEBHOOK_SECRET is not set", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoSecretConfigured_UnsignedTarget()
    {
        var (targets, _) = WebhookTargets.Resolve([OpsChat with { SecretEnv = null }], Env(("OPS_WEBHOOK_URL", "http://127.0.0.1:9/x")));

        Assert.Null(Assert.Single(targets).Secret);
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
