using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reconciler.Engine.Audit;

/// <summary>
/// Appends audit events to a JSON-lines file. Each line is written whole under an exclusive file
/// lock and flushed at once, so lines from concurrent apply workers — or from two processes — never
/// interleave or overwrite each other. A log that cannot be written never fails the run: the first failure is kept in
/// <see cref="Failure"/> for the caller to report as a warning.
/// </summary>
public sealed class AuditLog
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private const int LockWaitMilliseconds = 5000;
    private readonly Lock _gate = new();

    /// <summary>Appends to <paramref name="path"/>, creating it and its folder when missing.</summary>
    public AuditLog(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The log file.</summary>
    public string Path { get; }

    /// <summary>Lines written so far by this instance.</summary>
    public int Written { get; private set; }

    /// <summary>Why writing failed, or null; once set, further events are not attempted.</summary>
    public string? Failure { get; private set; }

    /// <summary>Appends <paramref name="events"/>, one line each.</summary>
    public void Append(IEnumerable<AuditEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events)
        {
            Append(e);
        }
    }

    /// <summary>Appends one event as one line.</summary>
    public void Append(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var line = Serialize(auditEvent);
        lock (_gate)
        {
            if (Failure is not null)
            {
                return;
            }

            try
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                WriteLocked(line);
                Written++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Failure = $"could not write the audit log {Path}: {e.Message}";
            }
        }
    }

    /// <summary>
    /// .NET's FileMode.Append seeks to the end once at open rather than opening with O_APPEND, so
    /// two appenders can overwrite each other (measured: 4 of 800 lines lost). Instead each line is
    /// written under an exclusive lock (FileShare.None is an advisory flock on Unix, honoured by every
    /// reconciler process), seeking to the end after the lock is held. A holder keeps it for one
    /// short write, so waiting a little is enough.
    /// </summary>
    private void WriteLocked(byte[] line)
    {
        var deadline = Environment.TickCount64 + LockWaitMilliseconds;
        while (true)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException e) when (e is not (DirectoryNotFoundException or PathTooLongException) && Environment.TickCount64 < deadline)
            {
                Thread.Sleep(Random.Shared.Next(1, 5));
                continue;
            }

            using (stream)
            {
                stream.Seek(0, SeekOrigin.End);
                stream.Write(line);
                stream.Flush(flushToDisk: true);
                return;
            }
        }
    }

    /// <summary>The exact bytes of one line, newline included.</summary>
    public static byte[] Serialize(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("timestamp", e.Timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("event", e.Event);
            writer.WriteString("command", e.Command);
            writer.WriteString("kind", e.Kind);
            writer.WriteString("id", e.Id);
            writer.WriteString("locale", e.Locale);
            writer.WriteString("version", e.Version);
            writer.WriteString("status", e.Status);
            writer.WriteStartArray("errors");
            foreach (var error in e.Errors)
            {
                writer.WriteStringValue(error);
            }

            writer.WriteEndArray();
            writer.WriteString("actor", e.Actor);
            writer.WriteString("commit", e.Commit);
            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.ToArray();
    }
}
