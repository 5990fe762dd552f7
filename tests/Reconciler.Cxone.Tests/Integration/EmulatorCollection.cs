namespace Reconciler.Cxone.Tests.Integration;

/// <summary>Emulator tests run one at a time so timings and throughput figures are not skewed by each other.</summary>
[CollectionDefinition(Name)]
public sealed class EmulatorCollection
{
    public const string Name = "Emulator";
}
