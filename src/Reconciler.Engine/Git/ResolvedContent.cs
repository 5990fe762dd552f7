using Reconciler.Core.Content;

namespace Reconciler.Engine.Git;

/// <summary>Where desired state is read from, which commit that is, and what the pull request changed.</summary>
public sealed record ResolvedContent(IContentSource Source, SourceRevision Revision, IReadOnlySet<string>? ChangedPaths);
