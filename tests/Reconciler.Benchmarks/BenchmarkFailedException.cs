namespace Reconciler.Benchmarks;

/// <summary>A step of the benchmark did not do what it must (e.g. the no-op plan found changes): the figures would be meaningless.</summary>
internal sealed class BenchmarkFailedException(string message) : Exception(message);
