using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reconciler.Engine.Audit;

/// <summary>
/// Appends audit events to a JSON-lines file. Each line is written with one append-mode write and
/// flushed at once, so lines from concurrent apply workers — or from two processes — never
/// interleave. A log that cannot be written never fails the run: the first failure is kept in
/// <see cref="Failure"/> for the caller to report as a warning.
/// </summary>
public sealed class AuditLog
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
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

                // FileMode.Append opens with O_APPEND: the kernel places every write at the end, so
                // another process appending at the same time cannot overwrite or split this line.
                using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.WriteThrough);
                stream.Write(line);
                stream.Flush(flushToDisk: true);
                Written++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Failure = $"could not write the audit log {Path}: {e.Message}";
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
