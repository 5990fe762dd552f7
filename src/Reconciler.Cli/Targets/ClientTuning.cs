using System.Globalization;
using Reconciler.Cxone;

namespace Reconciler.Cli.Targets;

/// <summary>
/// Client settings that belong to the tenant rather than to the content, so they come from the
/// environment next to <c>CXONE_BASE_URL</c>: the same repository may target tenants with different limits.
/// </summary>
internal static class ClientTuning
{
    /// <summary>Requests per second the tenant allows this client; the client paces itself under it instead of collecting 429s.</summary>
    public const string RequestsPerSecondVariable = "CXONE_REQUESTS_PER_SECOND";

    /// <exception cref="CxoneConfigurationException">The variable is set to something that is not a positive number.</exception>
    public static CxoneClientOptions FromEnvironment(Func<string, string?> getVariable)
    {
        var options = new CxoneClientOptions();
        if (getVariable(RequestsPerSecondVariable) is not { Length: > 0 } text)
        {
            return options;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rps) || !double.IsFinite(rps) || rps <= 0 || rps > 100_000)
        {
            throw new CxoneConfigurationException(
                $"{RequestsPerSecondVariable} is '{text}', which is not a number of requests per second; set it to the tenant's rate limit, e.g. 50, or unset it for no client-side pacing.");
        }

        return options with { RequestsPerSecond = rps };
    }
}
