using Reconciler.Core.Validation;
using Reconciler.Core.Widgets;
using Reconciler.Cxone;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Git;
using Reconciler.Engine.Live;
using Reconciler.Engine.Planning;

namespace Reconciler.Engine;

/// <summary>
/// The reconcile loop, one step per line: load content → validate → read live state → diff into a
/// plan; then apply the plan → verify by planning again.
/// </summary>
public sealed class ContentReconciler
{
    private const int ReadConcurrency = 8;
    private readonly ICxoneClient _client;
    private readonly string _target;
    private readonly string _actor;
    private readonly TimeProvider _time;

    /// <param name="client">The door to CXone.</param>
    /// <param name="target">Where CXone is, for people (never credentials).</param>
    /// <param name="actor">Who runs this, recorded as <c>createdBy</c>.</param>
    /// <param name="timeProvider">The clock for payload timestamps.</param>
    public ContentReconciler(ICxoneClient client, string target, string actor, TimeProvider? timeProvider = null)
    {
        _client = client;
        _target = target;
        _actor = actor;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Loads the desired state and runs every validation rule; problems are values, not exceptions.</summary>
    public static ValidationReport Validate(ResolvedContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return ContentValidator.LoadAndValidate(content.Source);
    }

    /// <summary>Validates <paramref name="content"/> and plans it against CXone.</summary>
    public Task<Plan> PlanAsync(ResolvedContent content, CancellationToken cancellationToken) =>
        PlanAsync(content, Validate(content), cancellationToken);

    /// <summary>Plans an already validated desired state against CXone.</summary>
    public Task<Plan> PlanAsync(ResolvedContent content, ValidationReport report, CancellationToken cancellationToken) =>
        PlanAsync(content, Task.FromResult(report), cancellationToken);

    /// <summary>
    /// Plans a desired state whose validation may still be running: live state is read meanwhile,
    /// so the network wait and the parsing overlap instead of adding up.
    /// </summary>
    public async Task<Plan> PlanAsync(ResolvedContent content, Task<ValidationReport> validation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(validation);

        // Read what CXone holds now, including widgets the repository names but CXone may lack.
        var declaredWidgets = DeclaredWidgetsAsync(validation);
        var live = await new LiveStateReader(_client, ReadConcurrency).ReadAsync(declaredWidgets, cancellationToken);
        var report = await validation;

        // Diff into an immutable plan; an errored plan is still shown, but apply refuses it.
        var context = new PlanContext(content.Revision, _target, content.ChangedPaths, _actor, _time.GetUtcNow());
        return Planner.Create(report.Content, report.Diagnostics, live, context);
    }

    // A malformed widget id is already an error (WID006) that blocks apply; asking CXone about it
    // would only fail the whole read (400) and hide every diagnostic from the plan and PR comment.
    private static async Task<IEnumerable<string>> DeclaredWidgetsAsync(Task<ValidationReport> validation) =>
        (await validation).Content.Widgets.Select(w => w.WidgetId).Where(WidgetPatterns.IsWidgetId);

    /// <summary>Applies <paramref name="plan"/> in dependency order.</summary>
    /// <exception cref="PlanNotApplicableException">The plan has errors or conflicts.</exception>
    public Task<ApplyResult> ApplyAsync(Plan plan, IApplyProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new Applier(_client, plan.ApplyConcurrency, progress, _time).ApplyAsync(plan, cancellationToken);
    }
}
