using System.Buffers;
using System.Globalization;
using System.Net;

namespace Reconciler.Cxone.Http;

/// <summary>
/// A response body read into a buffer rented from the shared pool, returned when the response is
/// disposed. HttpClient's own buffering ends in a new array of the body's exact size: for a list
/// page of hundreds of KB that is a large-object-heap allocation per page, 25 MB for a
/// 30,000-template tenant, and the collector answered it with full collections.
/// </summary>
internal sealed class PooledResponseBody : HttpContent
{
    private const int UnknownLengthStart = 16 * 1024;

    private byte[]? _buffer;
    private readonly int _length;

    private PooledResponseBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>
    /// Reads <paramref name="response"/>'s body to its end and puts it in a pooled buffer in place
    /// of the network stream, so that a connection lost mid-body fails this attempt (as
    /// HttpClient's buffering did, with the same <see cref="HttpRequestException"/>) rather than
    /// whoever parses the body later.
    /// </summary>
    /// <exception cref="HttpRequestException">The body could not be read, or is longer than <paramref name="maxLength"/>.</exception>
    public static async Task ReplaceContentAsync(HttpResponseMessage response, long maxLength, CancellationToken cancellationToken)
    {
        HttpContent content = response.Content;
        long limit = Math.Min(maxLength, Array.MaxLength);
        long? declared = content.Headers.ContentLength;
        if (declared > limit)
        {
            throw TooLong(limit);
        }

        // One byte more than declared, so that reading the end needs no bigger buffer.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(declared is { } known ? (int)Math.Min(known + 1, limit) : UnknownLengthStart);
        int length = 0;
        try
        {
            using Stream body = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length > limit)
                {
                    throw TooLong(limit);
                }

                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length, limit);
                }
            }
        }
        catch (Exception e)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (e is IOException)
            {
                throw new HttpRequestException("Error while copying content to a stream.", e);
            }

            throw;
        }

        var pooled = new PooledResponseBody(buffer, length);
        foreach (var header in content.Headers)
        {
            pooled.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        content.Dispose();
        response.Content = pooled;
    }

    /// <summary>The body, when <paramref name="stream"/> reads one of these: parsing it needs no copy.</summary>
    public static bool TryGetBody(Stream stream, out ReadOnlyMemory<byte> body)
    {
        body = stream is BodyStream own ? own.Body : default;
        return stream is BodyStream;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Buffer, 0, _length);

    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult<Stream>(new BodyStream(Buffer, _length));

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(PooledResponseBody));

    /// <summary>A buffer twice as long, or as long as a body at the limit needs (one byte more shows its end).</summary>
    /// <exception cref="HttpRequestException">No longer buffer can be had: a read into a full one would look like the end of the body.</exception>
    private static byte[] Grow(byte[] buffer, int length, long limit)
    {
        long size = Math.Min((long)length * 2, Math.Min(limit + 1, Array.MaxLength));
        if (size <= length)
        {
            throw TooLong(limit);
        }

        byte[] bigger = ArrayPool<byte>.Shared.Rent((int)size);
        buffer.AsSpan(0, length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        return bigger;
    }

    private static HttpRequestException TooLong(long limit) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The response body is longer than the {limit} bytes the client buffers."));

    /// <summary>Reads the pooled body in place.</summary>
    private sealed class BodyStream : MemoryStream
    {
        public BodyStream(byte[] buffer, int length)
            : base(buffer, 0, length, writable: false)
        {
            Body = buffer.AsMemory(0, length);
        }

        public ReadOnlyMemory<byte> Body { get; }
    }
}
