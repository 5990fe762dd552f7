namespace Reconciler.Cxone.Tests;

public sealed class CxoneClientOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        var options = new CxoneClientOptions();

        options.Validate();

        Assert.Equal(CxoneClientDefaults.PageSize, options.PageSize);
        Assert.Null(options.RequestsPerSecond);
    }

    public static TheoryData<CxoneClientOptions, string> OutOfRange => new()
    {
        { new CxoneClientOptions { PageSize = 1001 }, "PageSize" },
        { new CxoneClientOptions { PageSize = 0 }, "PageSize" },
        { new CxoneClientOptions { MaxRetries = -1 }, "MaxRetries" },
        { new CxoneClientOptions { RequestsPerSecond = 0 }, "RequestsPerSecond" },
        { new CxoneClientOptions { MaxDelay = TimeSpan.FromMilliseconds(1) }, "MaxDelay" },
        { new CxoneClientOptions { CircuitBreakerFailureRatio = 1.5 }, "CircuitBreakerFailureRatio" },
        { new CxoneClientOptions { JobDeadline = TimeSpan.Zero }, "JobDeadline" },
        { new CxoneClientOptions { JobPollMaxInterval = TimeSpan.FromMilliseconds(10) }, "JobPollMaxInterval" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Validate_OutOfRange_ThrowsNamingTheOption(CxoneClientOptions options, string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(name, ex.ParamName);
        Assert.Contains("CxoneClientOptions." + name, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidOptions_FailsBeforeAnyRequest()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CxoneClientFactory.Create(new CxoneConnection(new Uri("https://a"), "i", "s"), new CxoneClientOptions { PageSize = 5000 }));
    }
}
