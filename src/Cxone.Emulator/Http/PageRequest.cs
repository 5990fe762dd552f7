using System.Globalization;
using Cxone.Emulator.Json;

namespace Cxone.Emulator.Http;

/// <summary>The <c>page</c> and <c>page_size</c> of a list call, validated.</summary>
internal readonly record struct PageRequest(int Page, int Size)
{
    /// <summary>Reads the query; a bad value is a 400 that says what is allowed.</summary>
    public static ApiError? TryParse(IQueryCollection query, out PageRequest request)
    {
        request = new PageRequest(1, EmulatorDefaults.PageSize);
        var page = 1;
        var size = EmulatorDefaults.PageSize;
        if (query.TryGetValue("page", out var pageText) &&
            (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return ApiError.BadRequest($"Query parameter 'page' must be a whole number from 1; got '{pageText}'.");
        }

        if (query.TryGetValue("page_size", out var sizeText) &&
            (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > EmulatorDefaults.MaxPageSize))
        {
            return ApiError.BadRequest(
                $"Query parameter 'page_size' must be a whole number from 1 to {EmulatorDefaults.MaxPageSize}; got '{sizeText}'.");
        }

        request = new PageRequest(page, size);
        return null;
    }

    /// <summary>Maps only the items of this page: O(page size) for an indexable source, whatever its length.</summary>
    public Page<TItem> Slice<TSource, TItem>(IList<TSource> source, Func<TSource, TItem> map)
    {
        var total = source.Count;
        var totalPages = Math.Max(1, (int)((total + (long)Size - 1) / Size));
        var start = (long)(Page - 1) * Size;
        var items = new List<TItem>();
        for (var k = start; k < Math.Min(total, start + Size); k++)
        {
            items.Add(map(source[(int)k]));
        }

        return new Page<TItem>(items, Page, Size, total, totalPages);
    }
}
