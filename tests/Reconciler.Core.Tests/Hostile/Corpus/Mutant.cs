namespace Reconciler.Core.Tests.Hostile.Corpus;

/// <summary>One mutated file: which kind of mutation, what exactly was done, and the bytes to write at <paramref name="Path"/>.</summary>
/// <param name="Kind">One of <see cref="MutationKinds"/>.</param>
/// <param name="Description">What was done, for a failure message ("truncate at byte 37 (mid UTF-8)").</param>
/// <param name="Path">Repository-relative path of the seed file the mutant replaces.</param>
/// <param name="Content">The mutant's bytes.</param>
internal sealed record Mutant(string Kind, string Description, string Path, byte[] Content)
{
    public override string ToString() => $"{Kind} of {Path}: {Description}";
}
