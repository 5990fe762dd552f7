namespace Cxone.Emulator.Http;

/// <summary>The transient faults the emulator can inject.</summary>
internal enum FaultKind
{
    /// <summary>429 with <c>Retry-After: 1</c>, before the request is processed.</summary>
    TooManyRequests,

    /// <summary>500, before the request is processed.</summary>
    ServerError,

    /// <summary>503 with <c>Retry-After: 1</c>, before the request is processed.</summary>
    Unavailable,

    /// <summary>The connection is dropped before the request is processed.</summary>
    Drop,

    /// <summary>The request is processed, then the connection is dropped: the effect happened, the answer is lost.</summary>
    DropAfter,
}

/// <summary>The names of <see cref="FaultKind"/> in <c>X-Emulator-Fault</c>.</summary>
internal static class FaultKinds
{
    public const string Header = "X-Emulator-Fault";

    public static readonly IReadOnlyList<(string Name, FaultKind Kind)> Names =
    [
        ("429", FaultKind.TooManyRequests),
        ("500", FaultKind.ServerError),
        ("503", FaultKind.Unavailable),
        ("drop", FaultKind.Drop),
        ("drop-after", FaultKind.DropAfter),
    ];
}
