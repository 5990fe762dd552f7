namespace Reconciler.Cli;

/// <summary>
/// Everything a command touches outside itself — output streams, environment variables, the
/// working directory — so that tests run the CLI in-process and capture what it prints.
/// </summary>
internal sealed class CliEnvironment
{
    private readonly Func<string, string?> _getVariable;

    public CliEnvironment(TextWriter output, TextWriter error, Func<string, string?> getVariable, string workingDirectory, bool isTerminal)
    {
        Output = output;
        Error = error;
        _getVariable = getVariable;
        WorkingDirectory = workingDirectory;
        IsTerminal = isTerminal;
    }

    /// <summary>Where results go (stdout).</summary>
    public TextWriter Output { get; }

    /// <summary>Where logs, progress and errors go (stderr).</summary>
    public TextWriter Error { get; }

    /// <summary>The directory relative paths are resolved against.</summary>
    public string WorkingDirectory { get; }

    /// <summary>True when stderr is an interactive terminal (progress bars allowed).</summary>
    public bool IsTerminal { get; }

    /// <summary>Reads an environment variable; empty values count as unset.</summary>
    public string? GetVariable(string name) => _getVariable(name) is { Length: > 0 } value ? value : null;

    /// <summary>Resolves a user-given path against <see cref="WorkingDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>The real process environment.</summary>
    public static CliEnvironment FromProcess() => new(
        Console.Out,
        Console.Error,
        Environment.GetEnvironmentVariable,
        Directory.GetCurrentDirectory(),
        !Console.IsErrorRedirected);
}
