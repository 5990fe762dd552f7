namespace Cxone.Emulator.Hosting;

/// <summary>Rejects options that make no sense, naming the option and what is allowed.</summary>
internal static class OptionsValidation
{
    public static void Validate(EmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Require(options.Port is >= 0 and <= 65535, $"Port must be from 0 to 65535; got {options.Port}.");
        Require(options.TokenTtl > TimeSpan.Zero, "TokenTtl must be positive.");
        Require(options.RateLimitPerSecond is null or (> 0 and < double.PositiveInfinity), "RateLimitPerSecond must be a positive number (or null for no limit).");
        Require(options.FaultRate is >= 0 and <= 1, $"FaultRate must be from 0 to 1; got {options.FaultRate}.");
        Require(options.JobFailureRate is >= 0 and <= 1, $"JobFailureRate must be from 0 to 1; got {options.JobFailureRate}.");
        Require(options.JobLatency >= TimeSpan.Zero, "JobLatency must not be negative.");
        Require(options.TimeProvider is not null, "TimeProvider must not be null.");
        Require(options.Clients is not null && options.Widgets is not null, "Clients and Widgets must not be null.");
        foreach (var client in options.Clients!)
        {
            Require(!string.IsNullOrEmpty(client.ClientId) && !string.IsNullOrEmpty(client.ClientSecret), "Every client needs an id and a secret.");
            var unknown = client.Scopes.Where(s => !EmulatorScopes.All.Contains(s)).ToList();
            Require(unknown.Count == 0,
                $"Client '{client.ClientId}' has unknown scope(s) {string.Join(", ", unknown)}; known scopes: {string.Join(" ", EmulatorScopes.All)}.");
        }

        Require(options.Clients!.Select(c => c.ClientId).Distinct(StringComparer.Ordinal).Count() == options.Clients!.Count, "Client ids must be unique.");
        foreach (var widget in options.Widgets!)
        {
            Require(Http.Identifiers.IsValid(widget), $"Widget id '{widget}' must be {Http.Identifiers.Rule}.");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
