namespace Reconciler.GitHub.Tests.Fakes;

/// <summary>One request the fake GitHub received, for assertions.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, string Body, string? Authorization, IReadOnlyDictionary<string, string> Headers);
