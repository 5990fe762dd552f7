using Microsoft.Extensions.Hosting;

namespace Cxone.Emulator.Hosting;

/// <summary>
/// Replaces the console lifetime so that an emulator hosted inside another program (the CLI, a
/// test) never installs its own Ctrl+C or SIGTERM handlers: its owner decides when it stops.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
