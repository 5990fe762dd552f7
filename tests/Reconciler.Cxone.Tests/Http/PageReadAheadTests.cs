using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Cxone.Emulator;
using Reconciler.Cxone.Templates;
using Reconciler.Cxone.Tests.Fakes;
using Reconciler.Cxone.Tests.Integration;

namespace Reconciler.Cxone.Tests.Http;

/// <summary>
/// The list calls' page read-ahead (PageReader): once page 1 says how many pages there are, up to
/// three more are requested while the current one is read. Driven through the public client, with
/// pages of five so that every list is many pages long.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class PageReadAheadTests
{
    private const int PageSize = 5;
    private const string TemplatesCall = "GET /api/v1/interactions/digital/templates";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5); // a guard against hangs only: every test here takes well under a second

    [Fact]
    public async Task ListWidgets_Emulator53Widgets_EveryWidgetOnceInTheEmulatorsOrderOneRequestPerPage()
    {
        // Unpadded ids, declared in a scrambled order: ordinal listing order is neither.
        string[] declared = [.. Enumerable.Range(0, 53).Select(i => $"w-{i * 17 % 53}")];
        await using EmulatorServer emu = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            Seed = 1,
            Clients = [new EmulatorClient(EmulatorHarness.ClientId, EmulatorHarness.ClientSecret, EmulatorScopes.All)],
            Widgets = declared,
            RequestLog = TextWriter.Null,
        });
        using var reference = EmulatorHarness.Connect(emu, EmulatorHarness.Options with { PageSize = 1000 });
        List<string> oneRead = [.. (await reference.ListWidgetsAsync().ToListAsync()).Select(w => w.WidgetId)];
        using var recorder = new PageRecorder();
        using ICxoneClient client = EmulatorHarness.Connect(emu, EmulatorHarness.Options with { PageSize = PageSize }, recorder);
        long before = emu.Statistics.CountFor("GET /api/v1/omnichannel/webmessaging/widgets");

        List<string> paged = [.. (await client.ListWidgetsAsync().ToListAsync()).Select(w => w.WidgetId)];

        Assert.Equal(declared.Order(StringComparer.Ordinal), oneRead);
        Assert.Equal(oneRead, paged);
        Assert.Equal(11, emu.Statistics.CountFor("GET /api/v1/omnichannel/webmessaging/widgets") - before);
        Assert.Equal(Enumerable.Range(1, 11), recorder.Pages.Order());
    }

    [Fact]
    public async Task ListTemplates_LaterPagesAnswerBeforeEarlierOnes_ItemsStillComeInPageOrder()
    {
        const int Last = 9;
        var answered = Enumerable.Range(0, Last + 2).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var answerOrder = new ConcurrentQueue<int>();
        var (fake, _) = Serve(async (page, ct) =>
        {
            // Pages 2–5 and 6–9 are each in flight together; within each group a page is answered only
            // after the next one, so every group completes last page first.
            if (page >= 2 && page < Last && (page - 2) % 4 != 3)
            {
                await answered[page + 1].Task.WaitAsync(Patience, ct);
            }

            answerOrder.Enqueue(page);
            answered[page].TrySetResult();
            return Page(page, Last);
        });
        using ICxoneClient client = Client(fake);

        List<TemplateVersion> all = await client.ListTemplatesAsync().ToListAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(Ids(1, Last), all.Select(t => t.TemplateId));
        Assert.Equal([1, 5, 4, 3, 2, 9, 8, 7, 6], answerOrder);
        Assert.Equal(Last, fake.ApiRequests.Count);
    }

    [Fact]
    public async Task ListTemplates_CallerStopsInPageTwo_PagesAheadAreCancelledAndTheirFailureNeverSurfaces()
    {
        string marker = Marker();
        var (fake, list) = Serve((page, ct) => page switch
        {
            1 or 2 => Task.FromResult(Page(page, 20)),
            3 => Task.FromResult(FakeCxone.Error(400, "invalid_request", marker)),
            _ => HangAsync(ct),
        });
        using ICxoneClient client = Client(fake);
        using var unobserved = new UnobservedFailures(marker);

        List<string> taken = await TakeAsync(client, 7, whenTaken: () => list.AnsweredAsync(3));
        await Task.WhenAll(list.CancelledAsync(4), list.CancelledAsync(5)).WaitAsync(Patience);

        Assert.Equal(Ids(1, 1).Concat(Ids(2, 2).Take(2)), taken);
        Assert.Equal([1, 2, 3, 4, 5], list.Started.Order());
        unobserved.AssertNone();
    }

    [Theory]
    [InlineData(400, """{"error":"invalid_request","message":"page ahead refused"}""", "invalid_request")]
    [InlineData(404, """{"error":"not_found","message":"page ahead gone"}""", "not_found")]
    [InlineData(200, "not json at all", "unexpected_response")]
    public async Task ListTemplates_PageAheadFailsPermanently_EarlierPagesFirstThenTheCallsError(int status, string body, string code)
    {
        var fourAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (fake, list) = Serve(async (page, ct) =>
        {
            switch (page)
            {
                case 1:
                    return Page(1, 8);
                case 2 or 3:
                    // Page 4 has failed before these are even answered: its failure must wait its turn.
                    await fourAnswered.Task.WaitAsync(Patience, ct);
                    await Task.Delay(20, ct);
                    return Page(page, 8);
                case 4:
                    fourAnswered.SetResult();
                    return new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body) };
                default:
                    return await HangAsync(ct);
            }
        });
        using ICxoneClient client = Client(fake);
        var seen = new List<string>();

        var ex = await Assert.ThrowsAsync<CxoneApiException>(async () =>
        {
            await foreach (TemplateVersion t in client.ListTemplatesAsync())
            {
                seen.Add(t.TemplateId);
            }
        }).WaitAsync(Patience);

        Assert.Equal(Ids(1, 3), seen);
        Assert.Equal(TemplatesCall, ex.Call);
        Assert.Contains(TemplatesCall, ex.Message, StringComparison.Ordinal);
        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.False(ex.IsTransient);
        Assert.Single(list.Started, p => p == 4); // terminal: not retried
        Assert.DoesNotContain(list.Started, p => p > 7);
    }

    [Fact]
    public async Task ListTemplates_ListGrowsDuringTheWalk_ReadsTheNewPagesOnce()
    {
        // Pages 1 and 2 know of three pages; by the time page 3 is read the list has five.
        var (fake, list) = Serve((page, _) => Task.FromResult(Page(page, page < 3 ? 3 : 5)));
        using ICxoneClient client = Client(fake);

        List<TemplateVersion> all = await client.ListTemplatesAsync().ToListAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(Ids(1, 5), all.Select(t => t.TemplateId));
        Assert.Equal([1, 2, 3, 4, 5], list.Started.Order());
    }

    [Fact]
    public async Task ListTemplates_PageComesBackEmpty_EndsThereWithoutErrorAndIgnoresPagesAhead()
    {
        // The list shrank to two pages between page 1 and page 3, whose count is stale; pages 4–6, read
        // ahead, still answer with items.
        var (fake, list) = Serve((page, _) => Task.FromResult(page == 3 ? EmptyPage(3, 8) : Page(page, 8)));
        using ICxoneClient client = Client(fake);

        List<TemplateVersion> all = await client.ListTemplatesAsync().ToListAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(Ids(1, 2), all.Select(t => t.TemplateId));
        Assert.DoesNotContain(list.Started, p => p > 6);
    }

    [Fact]
    public async Task ListTemplates_LaterPageReportsFewerPages_EndsAtTheNewLastPage()
    {
        var (fake, list) = Serve((page, _) => Task.FromResult(Page(page, page == 1 ? 8 : 2)));
        using ICxoneClient client = Client(fake);

        List<TemplateVersion> all = await client.ListTemplatesAsync().ToListAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(Ids(1, 2), all.Select(t => t.TemplateId));
        Assert.DoesNotContain(list.Started, p => p > 5);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task ListTemplates_FirstPageClaimsNoPages_ReadsItAloneAndAsksForNothingAhead(int totalPages)
    {
        var (fake, list) = Serve((page, _) => Task.FromResult(Page(page, totalPages)));
        using ICxoneClient client = Client(fake);

        List<TemplateVersion> all = await client.ListTemplatesAsync().ToListAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(Ids(1, 1), all.Select(t => t.TemplateId));
        Assert.Equal([1], list.Started);
    }

    [Fact]
    public async Task ListTemplates_ServerClaimsIntMaxPages_AsksOnlyThreePagesAheadAndStopsAtTheFirstEmptyOne()
    {
        var (fake, list) = Serve((page, _) => Task.FromResult(page == 1 ? Page(1, int.MaxValue) : EmptyPage(page, int.MaxValue)));
        using ICxoneClient client = Client(fake);

        List<TemplateVersion> all = await client.ListTemplatesAsync().ToListAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(Ids(1, 1), all.Select(t => t.TemplateId));
        Assert.Equal([1, 2, 3, 4, 5], list.Started.Order());
    }

    [Fact]
    public async Task ListTemplates_CallerCancelsWhileThePageItNeedsIsInFlight_ThrowsPromptly()
    {
        var (fake, list) = Serve((page, ct) => page <= 2 ? Task.FromResult(Page(page, 20)) : HangAsync(ct));
        using ICxoneClient client = Client(fake);
        using var cts = new CancellationTokenSource();
        var seen = new List<string>();
        var clock = new Stopwatch();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (TemplateVersion t in client.ListTemplatesAsync(cts.Token))
            {
                seen.Add(t.TemplateId);
                if (seen.Count == 2 * PageSize)
                {
                    cts.CancelAfter(50);
                    clock.Start();
                }
            }
        }).WaitAsync(Patience);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1.5)); // the page never answers: only the cancellation can end it
        Assert.Equal(Ids(1, 2), seen);
        await Task.WhenAll(list.CancelledAsync(3), list.CancelledAsync(4), list.CancelledAsync(5)).WaitAsync(Patience);
    }

    [Fact]
    public async Task ListTemplates_CallerCancelsWhilePagesAheadAreAlreadyRead_StopsWithoutYieldingThem()
    {
        var (fake, list) = Serve((page, _) => Task.FromResult(Page(page, 20)));
        using ICxoneClient client = Client(fake);
        using var cts = new CancellationTokenSource();
        var afterCancel = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (TemplateVersion t in client.ListTemplatesAsync(cts.Token))
            {
                if (cts.IsCancellationRequested)
                {
                    afterCancel.Add(t.TemplateId);
                }
                else if (t.TemplateId == Id(2, 1))
                {
                    await list.AnsweredAsync(5).WaitAsync(Patience);
                    await Task.Delay(50); // pages 3–5 are complete and waiting in the read-ahead
                    await cts.CancelAsync();
                }
            }
        }).WaitAsync(Patience);

        // Before the read-ahead, cancelling stopped the walk at the next page boundary; pages already
        // fetched must not keep it going (nor may the caller have to read three more pages to stop).
        Assert.All(afterCancel, id => Assert.StartsWith("p02-", id, StringComparison.Ordinal));
    }

    private static ICxoneClient Client(FakeCxone fake) =>
        TestClients.Create(fake, new ManualTimeProvider(), TestClients.Fast with { PageSize = PageSize });

    private static (FakeCxone Fake, ScriptedList List) Serve(Func<int, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        var fake = new FakeCxone(new ManualTimeProvider());
        return (fake, new ScriptedList(fake, answer));
    }

    /// <summary>Reads <paramref name="count"/> ids, awaits <paramref name="whenTaken"/>, then stops; kept apart so the enumerator dies with it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<List<string>> TakeAsync(ICxoneClient client, int count, Func<Task> whenTaken)
    {
        var taken = new List<string>();
        await foreach (TemplateVersion t in client.ListTemplatesAsync())
        {
            taken.Add(t.TemplateId);
            if (taken.Count == count)
            {
                await whenTaken().WaitAsync(Patience);
                await Task.Delay(50); // let the answered page's task finish failing before the walk is abandoned
                break;
            }
        }

        return taken;
    }

    private static string Id(int page, int item) => string.Create(CultureInfo.InvariantCulture, $"p{page:00}-{item}");

    private static IEnumerable<string> Ids(int firstPage, int lastPage) =>
        Enumerable.Range(firstPage, lastPage - firstPage + 1).SelectMany(p => Enumerable.Range(0, PageSize).Select(i => Id(p, i)));

    private static HttpResponseMessage Page(int page, int totalPages)
    {
        TemplatePayload p = Payloads.Template();
        string[] items = [.. Enumerable.Range(0, PageSize).Select(i => Payloads.TemplateJson(p with { TemplateId = Id(page, i) }))];
        return FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(page, totalPages, items));
    }

    private static HttpResponseMessage EmptyPage(int page, int totalPages) => FakeCxone.Json(HttpStatusCode.OK, Payloads.Page(page, totalPages));

    private static async Task<HttpResponseMessage> HangAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new UnreachableException();
    }

    private static string Marker() => "read-ahead-" + Guid.NewGuid().ToString("N");

    /// <summary>
    /// A template list whose pages a test answers, recording which pages were requested, answered and
    /// cancelled. <see cref="FakeCxone"/> issues the tokens and hands each list request on to it.
    /// </summary>
    private sealed class ScriptedList
    {
        private const int MaxRequests = 100;
        private readonly Func<int, CancellationToken, Task<HttpResponseMessage>> _answer;
        private readonly ConcurrentQueue<int> _started = new();
        private readonly ConcurrentDictionary<int, TaskCompletionSource> _answeredSignals = new();
        private readonly ConcurrentDictionary<int, TaskCompletionSource> _cancelledSignals = new();

        public ScriptedList(FakeCxone fake, Func<int, CancellationToken, Task<HttpResponseMessage>> answer)
        {
            _answer = answer;
            for (int i = 0; i < MaxRequests; i++)
            {
                fake.EnqueueAsync(RespondAsync);
            }
        }

        public IReadOnlyList<int> Started => [.. _started];

        public Task AnsweredAsync(int page) => Signal(_answeredSignals, page).Task;

        public Task CancelledAsync(int page) => Signal(_cancelledSignals, page).Task;

        private static TaskCompletionSource Signal(ConcurrentDictionary<int, TaskCompletionSource> signals, int page) =>
            signals.GetOrAdd(page, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        private static int PageOf(string query) =>
            int.Parse(query.Split('&').Single(p => p.StartsWith("page=", StringComparison.Ordinal))["page=".Length..], CultureInfo.InvariantCulture);

        private async Task<HttpResponseMessage> RespondAsync(RecordedRequest request, CancellationToken cancellationToken)
        {
            Assert.Equal("/api/v1/interactions/digital/templates", request.Path);
            int page = PageOf(request.Query);
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"page={page}&page_size={PageSize}"), request.Query);
            _started.Enqueue(page);
            try
            {
                HttpResponseMessage response = await _answer(page, cancellationToken);
                Signal(_answeredSignals, page).TrySetResult();
                return response;
            }
            catch (OperationCanceledException)
            {
                Signal(_cancelledSignals, page).TrySetResult();
                throw;
            }
        }
    }

    /// <summary>
    /// Collects task failures nobody observed, as the finalizer reports them. Only those carrying this
    /// test's marker count: the event is process-wide and other tests run alongside.
    /// </summary>
    private sealed class UnobservedFailures : IDisposable
    {
        private readonly string _marker;
        private readonly ConcurrentQueue<Exception> _seen = new();

        public UnobservedFailures(string marker)
        {
            _marker = marker;
            TaskScheduler.UnobservedTaskException += OnUnobserved;
        }

        public void AssertNone()
        {
            for (int i = 0; i < 3; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            Assert.Empty(_seen);
        }

        public void Dispose() => TaskScheduler.UnobservedTaskException -= OnUnobserved;

        private void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e)
        {
            if (e.Exception.ToString().Contains(_marker, StringComparison.Ordinal))
            {
                _seen.Enqueue(e.Exception);
            }
        }
    }

    /// <summary>Forwards to the emulator over real sockets, noting the page of every widget list request.</summary>
    private sealed class PageRecorder() : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly ConcurrentQueue<int> _pages = new();

        public IReadOnlyList<int> Pages => [.. _pages];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath == "/api/v1/omnichannel/webmessaging/widgets")
            {
                string page = request.RequestUri.Query.TrimStart('?').Split('&').Single(p => p.StartsWith("page=", StringComparison.Ordinal));
                _pages.Enqueue(int.Parse(page["page=".Length..], CultureInfo.InvariantCulture));
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
