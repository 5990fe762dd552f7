using System.Text.Json;
using Reconciler.Cxone.Http;
using Reconciler.Cxone.Json;
using static Reconciler.Cxone.Json.JsonReading;

namespace Reconciler.Cxone.Templates;

/// <summary>
/// Reads a page of template versions with <see cref="Utf8JsonReader"/> directly. A plan reads every
/// live template while the repository is validated on the same cores, and System.Text.Json's
/// generated reader for these records first compiled some 250 generic methods of its own, then
/// built argument state for every block. Accepts what that reader accepted: camelCase names,
/// <c>templateId</c>, <c>version</c> and <c>locale</c> required, every block's <c>id</c>,
/// <c>type</c> and <c>content</c> required, null only where the model allows it, unknown item
/// fields skipped and unknown metadata fields kept in <see cref="ContentMetadata.Extra"/>. It also
/// refuses a null among list elements, which that reader let through to fail later. Repeated
/// short values share one string per page (<see cref="Utf8StringCache"/>).
/// </summary>
internal static class TemplatePageJson
{
    public static ApiPage<TemplateVersion> Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var strings = new Utf8StringCache();
        var scratch = new List<string>();
        try
        {
            ApiPage<TemplateVersion> page = ReadPage(ref reader, strings, scratch);

            // Only whitespace may follow; the reader itself rejects anything else.
            if (reader.Read())
            {
                throw new JsonException("More JSON follows the page.");
            }

            return page;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            // The reader's own complaints about a value (text that is not UTF-8, for one).
            throw new JsonException(ex.Message, ex);
        }
    }

    private static ApiPage<TemplateVersion> ReadPage(ref Utf8JsonReader reader, Utf8StringCache strings, List<string> scratch)
    {
        ExpectObject(ref reader, "The page");
        IReadOnlyList<TemplateVersion> items = [];
        int number = 0, size = 0, totalItems = 0, totalPages = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("items"u8))
            {
                items = ReadItems(ref reader, strings, scratch);
            }
            else if (reader.ValueTextEquals("page"u8))
            {
                number = Int32(ref reader, "page");
            }
            else if (reader.ValueTextEquals("page_size"u8))
            {
                size = Int32(ref reader, "page_size");
            }
            else if (reader.ValueTextEquals("total_items"u8))
            {
                totalItems = Int32(ref reader, "total_items");
            }
            else if (reader.ValueTextEquals("total_pages"u8))
            {
                totalPages = Int32(ref reader, "total_pages");
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new ApiPage<TemplateVersion> { Items = items, PageNumber = number, PageSize = size, TotalItems = totalItems, TotalPages = totalPages };
    }

    private static List<TemplateVersion> ReadItems(ref Utf8JsonReader reader, Utf8StringCache strings, List<string> scratch)
    {
        Next(ref reader);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Wrong("items", "an array", reader.TokenType);
        }

        var items = new List<TemplateVersion>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return items;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Wrong($"items[{items.Count}]", "an object", reader.TokenType);
            }

            try
            {
                items.Add(ReadVersion(ref reader, strings, scratch));
            }
            catch (JsonFieldException ex)
            {
                throw ex.Under($"items[{items.Count}]");
            }
        }
    }

    private static TemplateVersion ReadVersion(ref Utf8JsonReader reader, Utf8StringCache strings, List<string> scratch)
    {
        string? templateId = null, version = null, locale = null, jobId = null;
        string[] channels = [], variables = [];
        ContentBlock[] blocks = [];
        ContentMetadata? metadata = null;
        DateTimeOffset? createdAt = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("templateId"u8))
            {
                templateId = RequiredString(ref reader, strings, "templateId");
            }
            else if (reader.ValueTextEquals("version"u8))
            {
                version = RequiredString(ref reader, strings, "version");
            }
            else if (reader.ValueTextEquals("locale"u8))
            {
                locale = RequiredString(ref reader, strings, "locale");
            }
            else if (reader.ValueTextEquals("channels"u8))
            {
                channels = StringArray(ref reader, strings, scratch, "channels");
            }
            else if (reader.ValueTextEquals("variables"u8))
            {
                variables = StringArray(ref reader, strings, scratch, "variables");
            }
            else if (reader.ValueTextEquals("contentBlocks"u8))
            {
                blocks = ReadBlocks(ref reader, strings);
            }
            else if (reader.ValueTextEquals("metadata"u8))
            {
                metadata = ReadMetadata(ref reader, strings);
            }
            else if (reader.ValueTextEquals("createdAt"u8))
            {
                Next(ref reader);
                createdAt = FlexibleTimestampConverter.ReadTimestamp(ref reader);
            }
            else if (reader.ValueTextEquals("jobId"u8))
            {
                jobId = String(ref reader, null, "jobId");
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new TemplateVersion
        {
            TemplateId = templateId ?? throw Missing("templateId"),
            Version = version ?? throw Missing("version"),
            Locale = locale ?? throw Missing("locale"),
            Channels = channels,
            ContentBlocks = blocks,
            Variables = variables,
            Metadata = metadata,
            CreatedAt = createdAt,
            JobId = jobId,
        };
    }

    private static ContentBlock[] ReadBlocks(ref Utf8JsonReader reader, Utf8StringCache strings)
    {
        Next(ref reader);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Wrong("contentBlocks", "an array", reader.TokenType);
        }

        var blocks = new List<ContentBlock>(2);
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return [.. blocks];
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Wrong($"contentBlocks[{blocks.Count}]", "an object", reader.TokenType);
            }

            try
            {
                blocks.Add(ReadBlock(ref reader, strings));
            }
            catch (JsonFieldException ex)
            {
                throw ex.Under($"contentBlocks[{blocks.Count}]");
            }
        }
    }

    private static ContentBlock ReadBlock(ref Utf8JsonReader reader, Utf8StringCache strings)
    {
        string? id = null, type = null, content = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = RequiredString(ref reader, strings, "id");
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                type = RequiredString(ref reader, strings, "type");
            }
            else if (reader.ValueTextEquals("content"u8))
            {
                // Content is rarely repeated word for word, and long: not worth looking up.
                content = RequiredString(ref reader, null, "content");
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new ContentBlock(
            id ?? throw Missing("id"),
            type ?? throw Missing("type"),
            content ?? throw Missing("content"));
    }

    private static ContentMetadata? ReadMetadata(ref Utf8JsonReader reader, Utf8StringCache strings)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Wrong("metadata", "an object", reader.TokenType);
        }

        string? createdBy = null, sourceCommit = null, sourcePath = null, contentHash = null;
        DateTimeOffset? timestamp = null;
        bool? sourceDirty = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("createdBy"u8))
            {
                createdBy = String(ref reader, strings, "metadata.createdBy");
            }
            else if (reader.ValueTextEquals("timestamp"u8))
            {
                Next(ref reader);
                timestamp = FlexibleTimestampConverter.ReadTimestamp(ref reader);
            }
            else if (reader.ValueTextEquals("sourceCommit"u8))
            {
                sourceCommit = String(ref reader, strings, "metadata.sourceCommit");
            }
            else if (reader.ValueTextEquals("sourceDirty"u8))
            {
                sourceDirty = Boolean(ref reader, "metadata.sourceDirty");
            }
            else if (reader.ValueTextEquals("sourcePath"u8))
            {
                sourcePath = String(ref reader, strings, "metadata.sourcePath");
            }
            else if (reader.ValueTextEquals("contentHash"u8))
            {
                contentHash = String(ref reader, null, "metadata.contentHash");
            }
            else
            {
                // Written by another tool: kept as it was, as the generated reader's extension data did.
                string name = reader.GetString()!;
                Next(ref reader);
                (extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
            }
        }

        return new ContentMetadata
        {
            CreatedBy = createdBy,
            Timestamp = timestamp,
            SourceCommit = sourceCommit,
            SourceDirty = sourceDirty,
            SourcePath = sourcePath,
            ContentHash = contentHash,
            Extra = extra,
        };
    }
}
