namespace Reconciler.GitHub.Tests.Fakes;

/// <summary>An answer the fake GitHub gives instead of the real one, once, to the next matching request.</summary>
internal sealed record InjectedFailure(string Method, string PathContains, int Status, IReadOnlyDictionary<string, string> Headers, string Message);
