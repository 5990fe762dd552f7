using System.Collections.Concurrent;
using NJsonSchema;

namespace Reconciler.Core.Schemas;

/// <summary>The JSON Schemas shipped in <c>Schemas/*.schema.json</c>, embedded and parsed once.</summary>
public static class ContentSchemas
{
    private static readonly ConcurrentDictionary<ContentKind, Lazy<JsonSchema>> Cache = new();
    private static readonly ConcurrentDictionary<ContentKind, Lazy<CompiledSchema?>> CompiledCache = new();

    /// <summary>The file name of the schema for <paramref name="kind"/>, e.g. <c>template.schema.json</c>.</summary>
    public static string FileName(ContentKind kind) => kind switch
    {
        ContentKind.Settings => "reconciler.schema.json",
        ContentKind.Template => "template.schema.json",
        ContentKind.Theme => "theme.schema.json",
        _ => "widget.schema.json",
    };

    /// <summary>The schema's JSON text.</summary>
    public static string Text(ContentKind kind)
    {
        var name = "Reconciler.Core.Schemas." + FileName(kind);
        using var stream = typeof(ContentSchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded schema {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The parsed schema.</summary>
    public static JsonSchema Get(ContentKind kind) =>
        Cache.GetOrAdd(kind, k => new Lazy<JsonSchema>(() => JsonSchema.FromJsonAsync(Text(k)).GetAwaiter().GetResult())).Value;

    /// <summary>The schema compiled to a direct check of valid documents, or null when it cannot be (see <see cref="CompiledSchema"/>).</summary>
    internal static CompiledSchema? Compiled(ContentKind kind) =>
        CompiledCache.GetOrAdd(kind, k => new Lazy<CompiledSchema?>(() => CompiledSchema.TryCompile(Text(k)))).Value;
}
