namespace Reconciler.GitHub.Markdown;

/// <summary>How much a report shows; each step down is what is dropped first to fit the size limit.</summary>
internal enum DetailLevel
{
    /// <summary>Tables, notes, unchanged items and content diffs.</summary>
    Full,

    /// <summary>Content diffs dropped.</summary>
    WithoutDiffs,

    /// <summary>Diffs, notes and the unchanged list dropped: the tables only.</summary>
    TablesOnly,

    /// <summary>Tables only, and cut to the rows that fit (errors first).</summary>
    TruncatedTables,
}
