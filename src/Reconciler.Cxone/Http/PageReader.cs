using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;

namespace Reconciler.Cxone.Http;

/// <summary>Streams every item of a paginated list call, one page at a time.</summary>
internal sealed class PageReader(CxoneTransport transport, int pageSize)
{
    public async IAsyncEnumerable<T> ReadAllAsync<T>(
        string path,
        string? extraQuery,
        JsonTypeInfo<ApiPage<T>> pageType,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int totalPages = 1;
        for (int page = 1; page <= totalPages; page++)
        {
            string query = string.Create(CultureInfo.InvariantCulture, $"page={page}&page_size={pageSize}");
            if (!string.IsNullOrEmpty(extraQuery))
            {
                query = extraQuery + "&" + query;
            }

            ApiPage<T> result = await transport.SendAsync(ApiCall.Get(path, query), null, pageType, cancellationToken).ConfigureAwait(false);
            foreach (T item in result.Items)
            {
                yield return item;
            }

            // The last page decides: items added meanwhile extend the walk, and an empty page ends it.
            totalPages = result.Items.Count == 0 ? page : result.TotalPages;
        }
    }
}
