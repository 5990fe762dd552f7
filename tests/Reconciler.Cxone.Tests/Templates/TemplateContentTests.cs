using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Tests.Fakes;

namespace Reconciler.Cxone.Tests.Templates;

public sealed class TemplateContentTests
{
    private static readonly ContentBlock Header = new("header", "header", "Order {{order.id}}");
    private static readonly ContentBlock Body = new("body", "text", "Hi {{customer.name}}");

    private static TemplateVersion Live(IReadOnlyList<string> channels, IReadOnlyList<string> variables, params ContentBlock[] blocks) => new()
    {
        TemplateId = "t", Version = "v1.0", Locale = "en-US", Channels = channels, Variables = variables, ContentBlocks = blocks,
    };

    private static TemplatePayload Desired(IReadOnlyList<string> channels, IReadOnlyList<string> variables, params ContentBlock[] blocks) =>
        Payloads.Template() with { Channels = channels, Variables = variables, ContentBlocks = blocks };

    [Theory]
    [InlineData("sms,whatsapp", "whatsapp,sms")]
    [InlineData("sms,whatsapp", "whatsapp,sms,sms")]
    [InlineData("sms", "sms,sms,sms")]
    [InlineData("", "")]
    public void Channels_CompareAsSets(string desired, string live)
    {
        Assert.True(TemplateContent.Matches(
            Desired(Split(desired), ["a"], Header), Live(Split(live), ["a"], Header)));
    }

    [Theory]
    [InlineData("sms,whatsapp", "sms")]
    [InlineData("sms", "sms,whatsapp")]
    [InlineData("sms", "SMS")]
    [InlineData("", "sms")]
    [InlineData("sms,whatsapp", "sms,messenger")]
    public void Channels_DifferentSets_DoNotMatch(string desired, string live)
    {
        Assert.False(TemplateContent.Matches(
            Desired(Split(desired), ["a"], Header), Live(Split(live), ["a"], Header)));
    }

    [Fact]
    public void Variables_CompareAsSets()
    {
        Assert.True(TemplateContent.Matches(Desired(["sms"], ["order.id", "customer.name"], Header), Live(["sms"], ["customer.name", "order.id", "order.id"], Header)));
        Assert.False(TemplateContent.Matches(Desired(["sms"], ["order.id", "customer.name"], Header), Live(["sms"], ["order.id"], Header)));
        Assert.False(TemplateContent.Matches(Desired(["sms"], ["order.id"], Header), Live(["sms"], ["order.id", "customer.name"], Header)));
    }

    [Fact]
    public void LongLists_CompareAsSetsToo()
    {
        var many = Enumerable.Range(0, 40).Select(i => $"v{i:00}").ToList();
        var reversed = many.AsEnumerable().Reverse().Concat(["v07"]).ToList();

        Assert.True(TemplateContent.Matches(Desired(["sms"], many, Header), Live(["sms"], reversed, Header)));
        Assert.False(TemplateContent.Matches(Desired(["sms"], many, Header), Live(["sms"], [.. many.Skip(1), "v99"], Header)));
        Assert.False(TemplateContent.Matches(Desired(["sms"], many, Header), Live(["sms"], [.. many.Take(16)], Header)));
    }

    [Fact]
    public void Blocks_CompareInOrderAndByEveryField()
    {
        Assert.True(TemplateContent.Matches(Desired(["sms"], [], Header, Body), Live(["sms"], [], Header, Body)));
        Assert.False(TemplateContent.Matches(Desired(["sms"], [], Header, Body), Live(["sms"], [], Body, Header)));
        Assert.False(TemplateContent.Matches(Desired(["sms"], [], Header, Body), Live(["sms"], [], Header)));
        Assert.False(TemplateContent.Matches(Desired(["sms"], [], Header), Live(["sms"], [], Header with { Content = "Order {{order.id}} " })));
        Assert.False(TemplateContent.Matches(Desired(["sms"], [], Header), Live(["sms"], [], Header with { Type = "text" })));
    }

    private static string[] Split(string csv) => csv.Length == 0 ? [] : csv.Split(',');
}
