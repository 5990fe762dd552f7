using System.Text.Json;

namespace Reconciler.Cxone.Json;

/// <summary>
/// Steps for reading JSON by hand with <see cref="Utf8JsonReader"/>, failing the way
/// System.Text.Json's generated readers do: a <see cref="JsonException"/> naming what was wrong.
/// </summary>
internal static class JsonReading
{
    /// <summary>Moves to the next token; the document ending here is an error.</summary>
    public static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ended early.");
        }
    }

    /// <summary>Moves to the next token, which must start an object.</summary>
    public static void ExpectObject(ref Utf8JsonReader reader, string what)
    {
        Next(ref reader);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Wrong(what, "an object", reader.TokenType);
        }
    }

    /// <summary>
    /// Moves to the next property of the object being read and returns true, or to its end and
    /// returns false. The reader is left on the property's name.
    /// </summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Moves to the current property's value and reads a string that may not be null.</summary>
    public static string RequiredString(ref Utf8JsonReader reader, Utf8StringCache? cache, string what) =>
        String(ref reader, cache, what) ?? throw new JsonFieldException(what, "is null; it must be a string.");

    /// <summary>Moves to the current property's value and reads a string or null.</summary>
    public static string? String(ref Utf8JsonReader reader, Utf8StringCache? cache, string what)
    {
        Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.String => cache is null ? reader.GetString() : cache.Get(ref reader),
            JsonTokenType.Null => null,
            _ => throw Wrong(what, "a string", reader.TokenType),
        };
    }

    /// <summary>Moves to the current property's value and reads true, false or null.</summary>
    public static bool? Boolean(ref Utf8JsonReader reader, string what)
    {
        Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => null,
            _ => throw Wrong(what, "true or false", reader.TokenType),
        };
    }

    /// <summary>Moves to the current property's value and reads a whole number that fits an <see cref="int"/>.</summary>
    public static int Int32(ref Utf8JsonReader reader, string what)
    {
        Next(ref reader);
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value)
            ? value
            : throw Wrong(what, "a whole number", reader.TokenType);
    }

    /// <summary>Moves to the current property's value and reads an array of strings, none of them null; null is refused.</summary>
    public static string[] StringArray(ref Utf8JsonReader reader, Utf8StringCache cache, List<string> scratch, string what)
    {
        Next(ref reader);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Wrong(what, "an array", reader.TokenType);
        }

        scratch.Clear();
        while (true)
        {
            Next(ref reader);
            switch (reader.TokenType)
            {
                case JsonTokenType.EndArray:
                    return scratch.Count == 0 ? [] : [.. scratch];
                case JsonTokenType.String:
                    scratch.Add(cache.Get(ref reader));
                    break;
                default:
                    throw Wrong($"{what}[{scratch.Count}]", "a string", reader.TokenType);
            }
        }
    }

    /// <summary>Moves to the current property's value and passes over it, however deep.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        reader.Skip();
    }

    /// <summary>The error for a value of the wrong kind.</summary>
    public static JsonFieldException Wrong(string what, string expected, JsonTokenType found) =>
        new(what, $"must be {expected}, not {Describe(found)}.");

    /// <summary>The error for a required value that is absent.</summary>
    public static JsonFieldException Missing(string what) => new(what, "is missing.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
