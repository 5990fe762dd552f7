namespace Reconciler.Core.Tests.Hostile.Corpus;

/// <summary>
/// The hostile-input corpus of issue 9: a fixed number of mutants of each kind per seed file,
/// each drawn from its own <see cref="Random"/> seeded from (corpus seed, file, kind, index), so
/// the corpus is identical on every run and a failing mutant can be regenerated alone. Mutants are
/// produced lazily: the huge ones are never all in memory at once.
/// </summary>
internal static class MutantGenerator
{
    /// <summary>The corpus seed; change it to explore, keep it fixed in CI.</summary>
    public const int DefaultSeed = 20_261_121;

    private delegate (string Description, byte[] Content) Mutation(SeedText seed, Random random, int index);

    /// <summary>Each kind, how many mutants of it per seed file, and how they are made.</summary>
    private static readonly (string Kind, int PerSeed, Mutation Make)[] Plan =
    [
        (MutationKinds.Truncation, 12, ByteMutations.Truncation),
        (MutationKinds.TypeSwap, 8, StructuralMutations.TypeSwap),
        (MutationKinds.WrongType, 10, StructuralMutations.WrongType),
        (MutationKinds.DeepNesting, 5, StructuralMutations.DeepNesting),
        (MutationKinds.HugeString, 3, ByteMutations.HugeString),
        (MutationKinds.ControlCharacters, 10, ByteMutations.ControlCharacter),
        (MutationKinds.InvalidUtf8, 8, ByteMutations.InvalidUtf8),
        (MutationKinds.DuplicateKey, 4, StructuralMutations.DuplicateKey),
        (MutationKinds.AnchorsAliases, 8, StructuralMutations.AnchorsAliases),
        (MutationKinds.YamlTags, 7, StructuralMutations.YamlTags),
        (MutationKinds.Documents, 5, StructuralMutations.Documents),
        (MutationKinds.LineEdits, 8, ByteMutations.LineEdit),
        (MutationKinds.SyntaxCharacters, 7, ByteMutations.SyntaxCharacters),
    ];

    /// <summary>How many mutants <see cref="Generate"/> yields for <paramref name="seedCount"/> seed files.</summary>
    public static int CountFor(int seedCount) => seedCount * Plan.Sum(p => p.PerSeed);

    /// <summary>Every mutant of every seed, kind by kind.</summary>
    public static IEnumerable<Mutant> Generate(IReadOnlyList<SeedFile> seeds, int corpusSeed = DefaultSeed)
    {
        var texts = seeds.Select(s => new SeedText(s)).ToList();
        foreach (var (kind, perSeed, make) in Plan)
        {
            foreach (var seed in texts)
            {
                for (var index = 0; index < perSeed; index++)
                {
                    // The seed file's position in the list varies the index so that kinds which cycle
                    // through fixed variants (tags, depths) cover all of them across the files.
                    var variant = index + (perSeed * texts.IndexOf(seed));
                    var random = new Random(StableHash(corpusSeed, seed.Seed.Path, kind, index));
                    var (description, content) = make(seed, random, variant);
                    yield return new Mutant(kind, description, seed.Seed.Path, content);
                }
            }
        }
    }

    /// <summary>FNV-1a: string.GetHashCode differs between processes, this does not.</summary>
    private static int StableHash(int corpusSeed, string path, string kind, int index)
    {
        var hash = 2166136261u ^ (uint)corpusSeed;
        foreach (var c in $"{path}\u0001{kind}\u0001{index}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
