using System.Text;
using System.Text.Json;

namespace Cxone.Emulator.State;

/// <summary>
/// Persists state as a snapshot (<c>FILE</c>) plus an append-only journal (<c>FILE.journal</c>) of
/// JSON lines. Each mutation is one line, written and flushed to the operating system before the
/// request is answered, so a kill -9 loses nothing acknowledged and a write costs O(entry), not
/// O(state). Compaction writes a new snapshot to a temporary file, fsyncs it and renames it over the
/// old one (atomic on POSIX), then empties the journal; entries carry sequence numbers so a crash
/// between the rename and the truncation replays nothing twice. A torn last line — the signature of
/// a crash mid-write — is dropped; damage anywhere else is reported, never silently skipped.
/// </summary>
internal sealed class StateJournal : IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly string _snapshotPath;
    private readonly string _journalPath;
    private readonly FileStream _journal;
    private long _lastSeq;

    private StateJournal(string snapshotPath, FileStream journal, long lastSeq)
    {
        _snapshotPath = snapshotPath;
        _journalPath = journal.Name;
        _journal = journal;
        _lastSeq = lastSeq;
    }

    /// <summary>Entries appended since the last compaction.</summary>
    public long PendingEntries { get; private set; }

    /// <summary>Opens (creating if needed) the state at <paramref name="path"/> and returns every entry to replay, in order.</summary>
    /// <exception cref="EmulatorStateException">The file is damaged, foreign, or in use by another emulator.</exception>
    public static StateJournal Open(string path, out List<JournalEntry> entries)
    {
        var snapshotPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(snapshotPath)!;
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EmulatorStateException($"Cannot create the state folder '{directory}': {e.Message}", e);
        }

        var journal = OpenJournal(snapshotPath + ".journal");
        try
        {
            entries = [];
            var snapshotSeq = ReadSnapshot(snapshotPath, entries);
            var lastSeq = ReadJournal(journal, snapshotSeq, entries);
            var state = new StateJournal(snapshotPath, journal, Math.Max(snapshotSeq, lastSeq));
            state.PendingEntries = entries.Count;
            return state;
        }
        catch
        {
            journal.Dispose();
            throw;
        }
    }

    /// <summary>Gives <paramref name="entry"/> the next sequence number and makes it durable against a process crash.</summary>
    public void Append(JournalEntry entry)
    {
        entry.Seq = _lastSeq + 1;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(entry, Json.StateJsonContext.Default.JournalEntry);
        _journal.Write(bytes);
        _journal.Write(NewLine);
        _journal.Flush();
        _lastSeq = entry.Seq;
        PendingEntries++;
    }

    /// <summary>Replaces the snapshot with <paramref name="entries"/> (the whole state) and empties the journal.</summary>
    public void Compact(IEnumerable<JournalEntry> entries)
    {
        var temporary = _snapshotPath + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var header = new SnapshotHeader { Format = SnapshotHeader.FormatName, FormatVersion = 1, LastSeq = _lastSeq };
            stream.Write(JsonSerializer.SerializeToUtf8Bytes(header, Json.StateJsonContext.Default.SnapshotHeader));
            stream.Write(NewLine);
            foreach (var entry in entries)
            {
                entry.Seq = 0;
                stream.Write(JsonSerializer.SerializeToUtf8Bytes(entry, Json.StateJsonContext.Default.JournalEntry));
                stream.Write(NewLine);
            }

            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, _snapshotPath, overwrite: true);
        _journal.SetLength(0);
        _journal.Flush(flushToDisk: true);
        PendingEntries = 0;
    }

    public void Dispose() => _journal.Dispose();

    private static FileStream OpenJournal(string journalPath)
    {
        try
        {
            // FileShare.None takes an exclusive lock, so a second emulator on the same state fails
            // here with a clear message instead of interleaving writes.
            var stream = new FileStream(journalPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1 << 12);
            return stream;
        }
        catch (IOException e)
        {
            throw new EmulatorStateException(
                $"Cannot open the state journal '{journalPath}': {e.Message} Is another emulator using the same --state file?", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new EmulatorStateException($"No permission to write the state journal '{journalPath}'; choose another --state file.", e);
        }
    }

    private static long ReadSnapshot(string snapshotPath, List<JournalEntry> entries)
    {
        if (!File.Exists(snapshotPath))
        {
            return 0;
        }

        using var reader = new StreamReader(snapshotPath, Encoding.UTF8);
        var headerLine = reader.ReadLine();
        SnapshotHeader? header = null;
        try
        {
            header = headerLine is null ? null : JsonSerializer.Deserialize(headerLine, Json.StateJsonContext.Default.SnapshotHeader);
        }
        catch (JsonException)
        {
        }

        if (header is not { Format: SnapshotHeader.FormatName, FormatVersion: 1 })
        {
            throw new EmulatorStateException(
                $"'{snapshotPath}' is not a CXone emulator state file; point --state at a new file or at one the emulator wrote.");
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            // The snapshot is only ever published complete (fsync, then rename), so any bad line is damage.
            entries.Add(ParseEntry(line) ?? throw new EmulatorStateException(
                $"State file '{snapshotPath}' is damaged at line {lineNumber}; restore it from a backup or start with a new --state file."));
        }

        return header.LastSeq;
    }

    private static long ReadJournal(FileStream journal, long snapshotSeq, List<JournalEntry> entries)
    {
        journal.Position = 0;
        var lastSeq = snapshotSeq;
        var goodLength = 0L;
        var lineNumber = 0;
        var lines = SplitLines(journal);
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, bytes, terminated) = lines[i];
            lineNumber++;
            var entry = terminated ? ParseEntry(bytes) : null;
            if (entry is null)
            {
                if (i == lines.Count - 1)
                {
                    // A torn last line: the process died mid-write, before the request was answered.
                    break;
                }

                throw new EmulatorStateException(
                    $"State journal '{journal.Name}' is damaged at line {lineNumber}; restore it from a backup or start with a new --state file.");
            }

            goodLength = start + bytes.Length + 1;
            if (entry.Seq > snapshotSeq)
            {
                entries.Add(entry);
                lastSeq = entry.Seq;
            }
        }

        journal.SetLength(goodLength);
        journal.Position = goodLength;
        return lastSeq;
    }

    private static List<(long Start, byte[] Bytes, bool Terminated)> SplitLines(FileStream stream)
    {
        var all = new byte[stream.Length];
        stream.ReadExactly(all);
        var lines = new List<(long, byte[], bool)>();
        var start = 0;
        while (start < all.Length)
        {
            var end = Array.IndexOf(all, (byte)'\n', start);
            var terminated = end >= 0;
            end = terminated ? end : all.Length;
            lines.Add((start, all[start..end], terminated));
            start = end + 1;
        }

        return lines;
    }

    private static JournalEntry? ParseEntry(string line) => ParseEntry(Encoding.UTF8.GetBytes(line));

    private static JournalEntry? ParseEntry(byte[] line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, Json.StateJsonContext.Default.JournalEntry);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
