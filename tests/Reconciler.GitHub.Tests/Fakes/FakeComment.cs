namespace Reconciler.GitHub.Tests.Fakes;

/// <summary>A comment held by the fake GitHub.</summary>
internal sealed class FakeComment
{
    public required long Id { get; init; }

    public required int Issue { get; init; }

    public required string Body { get; set; }

    public required string Login { get; init; }

    public bool IsBot { get; init; }
}
