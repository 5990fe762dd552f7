using Microsoft.Extensions.Logging;

namespace Reconciler.Cli.Logging;

/// <summary>
/// Writes log lines to the CLI's error stream ("warn: message"), so results on stdout stay
/// machine-readable and tests capture logs in-process.
/// </summary>
internal sealed class StderrLoggerProvider : ILoggerProvider
{
    private readonly TextWriter _error;
    private readonly LogLevel _minimum;
    private readonly Lock _gate = new();

    public StderrLoggerProvider(TextWriter error, LogLevel minimum)
    {
        _error = error;
        _minimum = minimum;
    }

    public ILogger CreateLogger(string categoryName) => new StderrLogger(this);

    public void Dispose()
    {
    }

    private sealed class StderrLogger(StderrLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= provider._minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            // The exception's message only: a stack trace is for developers, not for people running the tool.
            var line = $"{Label(logLevel)}: {formatter(state, exception)}{(exception is null ? "" : " (" + exception.Message + ")")}";
            lock (provider._gate)
            {
                provider._error.WriteLine(line);
            }
        }

        private static string Label(LogLevel level) => level switch
        {
            LogLevel.Trace => "trace",
            LogLevel.Debug => "debug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "error",
            _ => "crit",
        };
    }
}
