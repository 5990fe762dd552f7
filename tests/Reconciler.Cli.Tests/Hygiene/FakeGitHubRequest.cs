namespace Reconciler.Cli.Tests.Hygiene;

/// <summary>One request the fake GitHub received: what a leak check searches.</summary>
internal sealed record FakeGitHubRequest(string Method, string PathAndQuery, string Body, IReadOnlyDictionary<string, string> Headers);
