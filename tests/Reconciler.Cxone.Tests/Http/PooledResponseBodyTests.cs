using System.Net;
using System.Net.Sockets;
using System.Text;
using Reconciler.Cxone.Http;

namespace Reconciler.Cxone.Tests.Http;

/// <summary>
/// Response bodies are read into pooled buffers inside each attempt (PooledResponseBody): whole
/// bodies of any length, the headers kept, and a body that stops short failing the attempt so that
/// the retry sees it, over a real socket as well as in memory.
/// </summary>
public sealed class PooledResponseBodyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20); // a guard against hangs only

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(16 * 1024, false)]
    [InlineData(16 * 1024, true)]
    [InlineData(300_000, false)]
    [InlineData(300_000, true)]
    public async Task ReplaceContent_AnyLengthDeclaredOrNot_KeepsEveryByteAndTheHeaders(int length, bool declareLength)
    {
        byte[] body = Bytes(length);
        using var response = Response(new StreamContent(new ChunkedStream(body, 7_000)), declareLength ? length : null);

        await PooledResponseBody.ReplaceContentAsync(response, int.MaxValue, CancellationToken.None);

        Assert.IsType<PooledResponseBody>(response.Content);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(length, response.Content.Headers.ContentLength);
        await using (var stream = await response.Content.ReadAsStreamAsync())
        {
            Assert.True(PooledResponseBody.TryGetBody(stream, out var pooled));
            Assert.Equal(body, pooled.ToArray());
        }

        Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ReplaceContent_BodyExactlyAtTheLimit_IsRead()
    {
        using var response = Response(new StreamContent(new ChunkedStream(Bytes(50_000), 4_096)), null);

        await PooledResponseBody.ReplaceContentAsync(response, 50_000, CancellationToken.None);

        Assert.Equal(50_000, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReplaceContent_BodyOverTheLimit_FailsAsARequestFailure(bool declareLength)
    {
        using var response = Response(new StreamContent(new ChunkedStream(Bytes(50_001), 4_096)), declareLength ? 50_001 : null);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => PooledResponseBody.ReplaceContentAsync(response, 50_000, CancellationToken.None));

        Assert.Contains("50000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceContent_StreamFailsMidBody_FailsAsARequestFailureWithTheCause()
    {
        using var response = Response(new StreamContent(new ChunkedStream(Bytes(100_000), 8_192, failAfter: 40_000)), 100_000);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => PooledResponseBody.ReplaceContentAsync(response, int.MaxValue, CancellationToken.None));

        Assert.IsType<IOException>(error.InnerException);
    }

    [Fact]
    public async Task ReplaceContent_Cancelled_Throws()
    {
        using var response = Response(new StreamContent(new ChunkedStream(Bytes(100_000), 8_192)), null);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PooledResponseBody.ReplaceContentAsync(response, int.MaxValue, cancelled.Token));
    }

    [Fact]
    public async Task Dispose_ThenRead_ThrowsObjectDisposed()
    {
        var response = Response(new ByteArrayContent(Bytes(10)), 10);
        await PooledResponseBody.ReplaceContentAsync(response, int.MaxValue, CancellationToken.None);
        var content = response.Content;

        response.Dispose();
        content.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void TryGetBody_OtherStream_IsFalse()
    {
        using var other = new MemoryStream(Bytes(10));

        Assert.False(PooledResponseBody.TryGetBody(other, out var body));
        Assert.True(body.IsEmpty);
    }

    [Fact]
    public async Task ListWidgets_FirstAnswerCutShortOverTheSocket_RetriesAndReadsAPageOfHundredsOfKb()
    {
        // 12,000 widgets in one page: about 300 KB, read without a declared length the second time.
        string page = "{\"items\":[" + string.Join(',', Enumerable.Range(0, 12_000).Select(i => $"{{\"widget_id\":\"w-{i:D6}\"}}")) +
                      "],\"page\":1,\"page_size\":1000,\"total_items\":12000,\"total_pages\":1}";
        await using var server = new CuttingServer(Encoding.UTF8.GetBytes(page));
        using ICxoneClient client = CxoneClientFactory.Create(
            new CxoneConnection(server.BaseUrl, "client", "secret"),
            new CxoneClientOptions { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50), MaxRetries = 2 });

        var widgets = await client.ListWidgetsAsync().ToListAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(12_000, widgets.Count);
        Assert.Equal("w-011999", widgets[^1].WidgetId);
        Assert.Equal(2, server.ListRequests);
        Assert.Equal(1, client.Statistics.Retries);
        Assert.Equal(1, client.Statistics.TransportFailures);
    }

    private static HttpResponseMessage Response(HttpContent content, long? declaredLength)
    {
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentLength = declaredLength;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    private static byte[] Bytes(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 31 % 251))];

    /// <summary>Hands out at most <c>chunk</c> bytes per read, and fails with an IOException after <c>failAfter</c> bytes.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk, int failAfter = int.MaxValue) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position >= failAfter)
            {
                throw new IOException("Connection reset by peer");
            }

            int n = Math.Min(Math.Min(chunk, buffer.Length), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>
    /// A bare HTTP/1.1 server on loopback: it issues a token, answers the first widget list with
    /// half of its declared body and closes the connection, and answers later lists in full,
    /// without a length, ending the body by closing.
    /// </summary>
    private sealed class CuttingServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly byte[] _page;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _accepting;
        private int _listRequests;

        public CuttingServer(byte[] page)
        {
            _page = page;
            _listener.Start();
            BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
            _accepting = AcceptAsync();
        }

        public Uri BaseUrl { get; }

        public int ListRequests => Volatile.Read(ref _listRequests);

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            try
            {
                await _accepting;
            }
            catch (OperationCanceledException)
            {
            }
            catch (SocketException)
            {
            }

            _stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                var connection = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(() => AnswerAsync(connection));
            }
        }

        private async Task AnswerAsync(TcpClient connection)
        {
            using (connection)
            {
                var stream = connection.GetStream();
                while (await ReadHeadAsync(stream) is { } head)
                {
                    if (head.StartsWith("POST", StringComparison.Ordinal))
                    {
                        await WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n" +
                                                 "{\"access_token\":\"token-1234567890\",\"expires_in\":3600,\"scope\":\"\"}");
                        continue;
                    }

                    if (Interlocked.Increment(ref _listRequests) == 1)
                    {
                        await WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {_page.Length}\r\n\r\n");
                        await stream.WriteAsync(_page.AsMemory(0, _page.Length / 2));
                        return;
                    }

                    await WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
                    await stream.WriteAsync(_page);
                    return;
                }
            }
        }

        /// <summary>The request line and headers, with any body (the token form) read past; null at the end of the connection.</summary>
        private static async Task<string?> ReadHeadAsync(NetworkStream stream)
        {
            var head = new StringBuilder();
            var one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await stream.ReadAsync(one) == 0)
                {
                    return null;
                }

                head.Append((char)one[0]);
            }

            var text = head.ToString();
            var lengthLine = text.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
            if (lengthLine is not null)
            {
                var remaining = int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                var body = new byte[remaining];
                await stream.ReadExactlyAsync(body);
            }

            return text;
        }

        private static Task WriteAsync(NetworkStream stream, string text) => stream.WriteAsync(Encoding.ASCII.GetBytes(text)).AsTask();
    }
}
