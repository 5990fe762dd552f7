namespace Reconciler.Cxone.Tests;

public sealed class CxoneConnectionTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void FromEnvironment_NothingSet_ReturnsNull()
    {
        Assert.Null(CxoneConnection.FromEnvironment(Env()));
    }

    [Fact]
    public void FromEnvironment_BlankValues_CountAsUnset()
    {
        Assert.Null(CxoneConnection.FromEnvironment(Env(("CXONE_BASE_URL", "  "), ("CXONE_CLIENT_ID", ""))));
    }

    [Fact]
    public void FromEnvironment_AllSet_DefaultsTokenUrlUnderBaseUrl()
    {
        CxoneConnection? connection = CxoneConnection.FromEnvironment(Env(
            ("CXONE_BASE_URL", "https://api.example.com/tenant"),
            ("CXONE_CLIENT_ID", "id"),
            ("CXONE_CLIENT_SECRET", "pw")));

        Assert.NotNull(connection);
        Assert.Equal("https://api.example.com/tenant/", connection.BaseUrl.AbsoluteUri);
        Assert.Equal("https://api.example.com/tenant/oauth/token", connection.TokenUrl.AbsoluteUri);
        Assert.Equal("id", connection.ClientId);
        Assert.Equal("pw", connection.ClientSecret);
        Assert.Empty(connection.Scopes);
    }

    [Fact]
    public void FromEnvironment_TokenUrlSet_UsesIt()
    {
        CxoneConnection? connection = CxoneConnection.FromEnvironment(Env(
            ("CXONE_BASE_URL", "https://api.example.com"),
            ("CXONE_CLIENT_ID", "id"),
            ("CXONE_CLIENT_SECRET", "pw"),
            ("CXONE_TOKEN_URL", "https://auth.example.com/token")));

        Assert.Equal("https://auth.example.com/token", connection!.TokenUrl.AbsoluteUri);
    }

    [Theory]
    [InlineData("CXONE_BASE_URL")]
    [InlineData("CXONE_CLIENT_ID")]
    [InlineData("CXONE_CLIENT_SECRET")]
    public void FromEnvironment_OneMissing_ThrowsNamingIt(string missing)
    {
        var values = new List<(string, string)>
        {
            ("CXONE_BASE_URL", "https://api.example.com"),
            ("CXONE_CLIENT_ID", "id"),
            ("CXONE_CLIENT_SECRET", "very-secret"),
        };
        values.RemoveAll(v => v.Item1 == missing);

        var ex = Assert.Throws<CxoneConfigurationException>(() => CxoneConnection.FromEnvironment(Env([.. values])));

        Assert.Contains(missing + " is not set", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_OnlyTokenUrl_Throws()
    {
        var ex = Assert.Throws<CxoneConfigurationException>(() => CxoneConnection.FromEnvironment(Env(("CXONE_TOKEN_URL", "https://a/t"))));
        Assert.Contains("CXONE_TOKEN_URL", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api.example.com")]
    [InlineData("ftp://api.example.com")]
    [InlineData("not a url")]
    public void FromEnvironment_BaseUrlNotHttp_ThrowsWithExample(string url)
    {
        var ex = Assert.Throws<CxoneConfigurationException>(() => CxoneConnection.FromEnvironment(Env(
            ("CXONE_BASE_URL", url), ("CXONE_CLIENT_ID", "id"), ("CXONE_CLIENT_SECRET", "pw"))));

        Assert.Contains("CXONE_BASE_URL must be an absolute http or https URL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NeverShowsSecret()
    {
        var connection = new CxoneConnection(new Uri("https://api.example.com"), "client-a", "hunter2-secret");

        string text = connection.ToString();

        Assert.DoesNotContain("hunter2-secret", text, StringComparison.Ordinal);
        Assert.Contains("client-a", text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EmptySecret_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CxoneConnection(new Uri("https://api.example.com"), "id", " "));
    }

    [Fact]
    public void FromEnvironment_TokenUrlMalformed_ThrowsNamingIt()
    {
        var ex = Assert.Throws<CxoneConfigurationException>(() => CxoneConnection.FromEnvironment(Env(
            ("CXONE_BASE_URL", "https://api.example.com"), ("CXONE_CLIENT_ID", "id"), ("CXONE_CLIENT_SECRET", "pw"), ("CXONE_TOKEN_URL", "/oauth/token"))));

        Assert.StartsWith("CXONE_TOKEN_URL must be an absolute http or https URL", ex.Message, StringComparison.Ordinal);
    }
}
