using Microsoft.Extensions.Logging;
using Reconciler.Cli.Logging;
using Reconciler.Cli.Targets;
using Reconciler.Core.Content;
using Reconciler.Cxone;
using Reconciler.Engine;
using Reconciler.Core.Validation;
using Reconciler.Engine.Git;
using Reconciler.Engine.Planning;
using Reconciler.GitHub;

namespace Reconciler.Cli.Commands;

/// <summary>
/// What plan and apply both set up: the content source, the CXone target, logging to stderr and,
/// inside GitHub Actions, the reporter. User mistakes become one clear line and exit 1.
/// </summary>
internal sealed class ReconcileSession : IAsyncDisposable
{
    /// <summary>Pool threads beyond one per core, for handling CXone's answers while validation runs.</summary>
    internal const int LiveStateThreads = 2;

    private ReconcileSession(ResolvedContent content, Task<ValidationReport> validation, CxoneTarget target, ILoggerFactory loggers, GitHubReporter? gitHub, ContentReconciler reconciler)
    {
        Content = content;
        Validation = validation;
        Target = target;
        Loggers = loggers;
        GitHub = gitHub;
        Reconciler = reconciler;
    }

    public ResolvedContent Content { get; }

    /// <summary>The content's validation, started as soon as the content was found so that it overlaps with starting the target and reading live state.</summary>
    public Task<ValidationReport> Validation { get; }

    public CxoneTarget Target { get; }

    public ILoggerFactory Loggers { get; }

    public GitHubReporter? GitHub { get; }

    public ContentReconciler Reconciler { get; }

    /// <summary>Opens a session, or writes why it cannot to stderr and returns null.</summary>
    public static async Task<ReconcileSession?> OpenAsync(CliEnvironment environment, string repo, string? gitRef, string? baseRef, bool noGitHub, CancellationToken cancellationToken, bool planOnly = false)
    {
        var folder = environment.ResolvePath(repo);

        // The working tree needs no git to be read, so its validation starts first, and setting up
        // logging and git's rev-parse and status (tens of milliseconds on a large repository) run meanwhile.
        ReserveThreadsForLiveState();
        var early = gitRef is null && Directory.Exists(folder)
            ? Task.Run(() => ContentValidator.LoadAndValidate(new WorkingTreeSource(folder)), cancellationToken)
            : null;
        var loggers = LoggerFactory.Create(b => b.AddProvider(new StderrLoggerProvider(environment.Error, LogLevel.Warning)));
        try
        {
            var content = ContentSourceResolver.Resolve(folder, gitRef, baseRef);
            var validation = early ?? Task.Run(() => ContentReconciler.Validate(content), cancellationToken);
            var target = await CxoneTarget.OpenAsync(environment, folder, loggers, cancellationToken, planOnly);
            var gitHub = noGitHub
                ? null
                : GitHubReporter.FromEnvironment(environment.GetVariable, loggers.CreateLogger("Reconciler.GitHub"), options: new GitHubReporterOptions { Annotations = environment.Error, ContentRoot = folder });
            var actor = environment.GetVariable("GITHUB_ACTOR") ?? environment.GetVariable("USER") ?? "reconciler";
            return new ReconcileSession(content, validation, target, loggers, gitHub, new ContentReconciler(target.Client, target.Description, actor));
        }
        catch (Exception e) when (e is GitException or CxoneConfigurationException)
        {
            environment.Error.WriteLine("error: " + e.Message);
            loggers.Dispose();
            return null;
        }
    }

    /// <summary>
    /// Validation keeps one pool thread per core busy until it ends. CXone's answers are handled on
    /// pool threads too, and the pool starts with one thread per core and adds more only every half
    /// second or so: a 30,000-variant plan got its access token 1.3 s in, when validation had all
    /// but finished, and so read live state after validation instead of alongside it.
    /// </summary>
    private static void ReserveThreadsForLiveState()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + LiveStateThreads), completionPorts);
    }

    /// <summary>Plans the content (its validation may still be running), or writes why live state could not be read and returns null.</summary>
    public async Task<Plan?> TryPlanAsync(CliEnvironment environment, CancellationToken cancellationToken)
    {
        try
        {
            return await Reconciler.PlanAsync(Content, Validation, cancellationToken);
        }
        catch (Exception e) when (CliErrors.IsUserFacing(e))
        {
            environment.Error.WriteLine("error: could not read live state from CXone: " + e.Message);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        GitHub?.Dispose();
        await Target.DisposeAsync();
        Loggers.Dispose();
    }
}
