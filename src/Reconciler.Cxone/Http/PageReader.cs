using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Reconciler.Cxone.Http;

/// <summary>
/// Streams every item of a paginated list call, in order. Once the first page says how many there
/// are, the next few pages are requested while the current one is consumed: a large tenant's list
/// is dozens of pages, and one at a time the walk waits out every round trip in turn.
/// </summary>
internal sealed class PageReader(CxoneTransport transport, int pageSize)
{
    /// <summary>Pages requested ahead of the one being read; client pacing and retries still apply to each.</summary>
    private const int PagesAhead = 3;

    public async IAsyncEnumerable<T> ReadAllAsync<T>(
        string path,
        string? extraQuery,
        BodyParser<ApiPage<T>> parsePage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<ApiPage<T>>>();
        var requested = 0;
        try
        {
            int totalPages = 1;
            for (int page = 1; page <= totalPages; page++)
            {
                while (requested < Math.Min(totalPages, page + PagesAhead))
                {
                    requested++;
                    pending.Enqueue(ReadPageAsync(path, extraQuery, requested, parsePage, stop.Token));
                }

                // A page read ahead may already be here: the caller's cancellation still ends the walk.
                cancellationToken.ThrowIfCancellationRequested();
                ApiPage<T> result = await pending.Dequeue().ConfigureAwait(false);
                foreach (T item in result.Items)
                {
                    yield return item;
                }

                // The last page decides: items added meanwhile extend the walk, and an empty page ends it.
                totalPages = result.Items.Count == 0 ? page : result.TotalPages;
            }
        }
        finally
        {
            // Pages read ahead of an early end (the caller stopped, the list shrank, a page failed)
            // are abandoned; their outcome is observed so a failure among them is not reported twice.
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var abandoned in pending)
            {
                _ = abandoned.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
        }
    }

    /// <summary>As <see cref="ReadAllAsync{T}(string, string?, BodyParser{ApiPage{T}}, CancellationToken)"/>, each page read with System.Text.Json's generated metadata.</summary>
    public IAsyncEnumerable<T> ReadAllAsync<T>(string path, string? extraQuery, JsonTypeInfo<ApiPage<T>> pageType, CancellationToken cancellationToken) =>
        ReadAllAsync(path, extraQuery, json => JsonSerializer.Deserialize(json, pageType)!, cancellationToken);

    private Task<ApiPage<T>> ReadPageAsync<T>(string path, string? extraQuery, int page, BodyParser<ApiPage<T>> parsePage, CancellationToken cancellationToken)
    {
        string query = string.Create(CultureInfo.InvariantCulture, $"page={page}&page_size={pageSize}");
        if (!string.IsNullOrEmpty(extraQuery))
        {
            query = extraQuery + "&" + query;
        }

        return transport.SendAsync(ApiCall.Get(path, query), null, parsePage, cancellationToken);
    }
}
