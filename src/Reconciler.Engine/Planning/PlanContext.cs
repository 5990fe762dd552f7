using Reconciler.Engine.Git;

namespace Reconciler.Engine.Planning;

/// <summary>Facts about this run that end up in the plan and in every payload's metadata.</summary>
/// <param name="Source">The commit the content came from.</param>
/// <param name="Target">Where live state lives, for people.</param>
/// <param name="ChangedPaths">Files the pull request changed (with <c>--base</c>), content-relative.</param>
/// <param name="Actor">Who applies: <c>GITHUB_ACTOR</c> or the local user.</param>
/// <param name="Now">When the plan was made.</param>
public sealed record PlanContext(SourceRevision Source, string Target, IReadOnlySet<string>? ChangedPaths, string Actor, DateTimeOffset Now);
