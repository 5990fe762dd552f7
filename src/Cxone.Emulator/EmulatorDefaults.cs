namespace Cxone.Emulator;

/// <summary>The documented defaults of <see cref="EmulatorOptions"/>, in one place.</summary>
public static class EmulatorDefaults
{
    /// <summary>0: the operating system picks a free loopback port.</summary>
    public const int Port = 0;

    /// <summary>Id of the client used when none is configured.</summary>
    public const string ClientId = "local";

    /// <summary>Secret of the client used when none is configured.</summary>
    public const string ClientSecret = "local";

    /// <summary>Access tokens live one hour, like CXone's.</summary>
    public static readonly TimeSpan TokenTtl = TimeSpan.FromHours(1);

    /// <summary>Template jobs and theme activations take a quarter second.</summary>
    public static readonly TimeSpan JobLatency = TimeSpan.FromMilliseconds(250);

    /// <summary>Default <c>page_size</c> of every list.</summary>
    public const int PageSize = 50;

    /// <summary>Largest <c>page_size</c> accepted; larger is a 400.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Largest request body accepted (413 beyond it).</summary>
    public const long MaxRequestBodyBytes = 4 * 1024 * 1024;

    /// <summary>The client used when <see cref="EmulatorOptions.Clients"/> is empty: every scope.</summary>
    public static EmulatorClient DefaultClient { get; } = new(ClientId, ClientSecret, EmulatorScopes.All);
}
