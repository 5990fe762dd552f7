using Reconciler.Cxone;

namespace Reconciler.Cli.Commands;

/// <summary>Which failures are the environment's or the user's (one clear line) rather than a bug.</summary>
internal static class CliErrors
{
    public static bool IsUserFacing(Exception e) =>
        e is CxoneApiException or HttpRequestException or TimeoutException or CxoneConfigurationException
        || (e is OperationCanceledException && e.InnerException is TimeoutException);
}
