using Microsoft.Extensions.Logging;

namespace Reconciler.Cxone.Tests.Fakes;

/// <summary>Builds clients over a <see cref="FakeCxone"/> and a <see cref="ManualTimeProvider"/>.</summary>
internal static class TestClients
{
    /// <summary>Options with short, deterministic delays for unit tests.</summary>
    public static CxoneClientOptions Fast { get; } = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(100),
        MaxDelay = TimeSpan.FromSeconds(1),
        MaxRetries = 3,
    };

    public static ICxoneClient Create(
        FakeCxone fake,
        TimeProvider time,
        CxoneClientOptions? options = null,
        ILoggerFactory? logging = null,
        CxoneConnection? connection = null) =>
        CxoneClientFactory.Create(connection ?? FakeCxone.Connection(), options ?? Fast, logging, time, fake);
}
