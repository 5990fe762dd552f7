using System.Text;
using Reconciler.Engine.Webhooks;

namespace Reconciler.Engine.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Sign_KnownVector_MatchesRfc4231TestCase2()
    {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        var signature = WebhookSignature.Sign("Jefe", "what do ya want for nothing?"u8);

        Assert.Equal("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", signature);
    }

    [Fact]
    public void Verify_SameBody_True() =>
        Assert.True(WebhookSignature.Verify("s3cret", "{\"a\":1}"u8, WebhookSignature.Sign("s3cret", "{\"a\":1}"u8)));

    [Theory]
    [InlineData("{\"a\":2}", "s3cret")]
    [InlineData("{\"a\":1} ", "s3cret")]
    [InlineData("{\"a\":1}", "other")]
    public void Verify_TamperedBodyOrWrongSecret_False(string body, string secret) =>
        Assert.False(WebhookSignature.Verify(secret, Encoding.UTF8.GetBytes(body), WebhookSignature.Sign("s3cret", "{\"a\":1}"u8)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha1=abc")]
    public void Verify_MissingOrMalformedHeader_False(string? header) =>
        Assert.False(WebhookSignature.Verify("s3cret", "{}"u8, header));
}
