using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Schemas;

/// <summary>
/// A content schema compiled, straight from its JSON text, into a direct check over the YAML tree.
/// It answers one question — would NJsonSchema find nothing to report? — without building a token
/// tree or running the general validator, which was most of the cost of loading a large
/// repository, and without loading NJsonSchema at all (its reflection-driven schema loading was
/// most of the start-up of a small one). It is conservative: anything it does not model exactly
/// (nulls, numbers outside decimal range) makes it answer "not sure", and the caller then asks
/// NJsonSchema, which stays the only source of findings. A schema using a keyword this does not
/// implement does not compile at all, so a schema edit can cost speed but never a finding.
/// </summary>
internal sealed class CompiledSchema
{
    private const string CheckedByKeyword = "x-checkedBy";
    private const string DefinitionPrefix = "#/definitions/";

    /// <summary>Keywords that only describe: they change nothing NJsonSchema's validator checks.</summary>
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "title", "description", "default", "examples" };

    private readonly Dictionary<string, Node> _definitions = new(StringComparer.Ordinal);
    private readonly JsonElement _root;
    private readonly Node _check;

    private CompiledSchema(JsonElement root)
    {
        _root = root;
        _check = Compile(root, isRoot: true);
    }

    /// <summary>The compiled check of the schema <paramref name="json"/>, or null when the schema uses something the check does not model.</summary>
    public static CompiledSchema? TryCompile(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return new CompiledSchema(document.RootElement.Clone());
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// True only when NJsonSchema would report nothing for <paramref name="root"/> beyond value
    /// constraints that a rule re-checks (<c>x-checkedBy</c>); false means "ask NJsonSchema".
    /// </summary>
    public bool IsCertainlyClean(YamlMapping root) => _check.Accepts(root);

    private Node Compile(JsonElement schema, bool isRoot = false)
    {
        Refuse(schema.ValueKind != JsonValueKind.Object, "a schema that is not an object");
        if (schema.TryGetProperty("$ref", out var reference))
        {
            // NJsonSchema validates against the referenced schema and ignores what sits beside the
            // reference; only descriptions may, so that the two cannot be read differently.
            Refuse(schema.EnumerateObject().Any(p => p.Name != "$ref" && !IsAnnotation(p.Name)), "keywords beside $ref");
            return Definition(reference.GetString()!);
        }

        return Fill(new Node(), schema, isRoot);
    }

    /// <summary>A definition, compiled once; registered before its children compile, so a recursive $ref finds it.</summary>
    private Node Definition(string reference)
    {
        Refuse(!reference.StartsWith(DefinitionPrefix, StringComparison.Ordinal), $"the reference '{reference}'");
        var name = reference[DefinitionPrefix.Length..];
        if (_definitions.TryGetValue(name, out var known))
        {
            return known;
        }

        var definition = _root.GetProperty("definitions").GetProperty(name);
        Refuse(definition.ValueKind != JsonValueKind.Object || definition.TryGetProperty("$ref", out _), "a definition that is only another reference");
        var node = new Node();
        _definitions[name] = node;
        return Fill(node, definition, isRoot: false);
    }

    private Node Fill(Node node, JsonElement schema, bool isRoot)
    {
        node.CheckedByRule = schema.TryGetProperty(CheckedByKeyword, out _);
        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "type":
                    node.Type = TypeOf(value.GetString()!);
                    break;
                case "properties":
                    foreach (var property in value.EnumerateObject())
                    {
                        node.Properties[property.Name] = Compile(property.Value);
                    }

                    break;
                case "required":
                    node.Required.UnionWith(value.EnumerateArray().Select(r => r.GetString()!));
                    break;
                case "additionalProperties" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    node.AllowAdditionalProperties = value.GetBoolean();
                    break;
                case "additionalProperties":
                    node.AdditionalProperties = Compile(value);
                    break;
                case "items":
                    node.Item = Compile(value);
                    break;
                case "enum":
                    node.Enumeration = value.EnumerateArray().Select(EnumText).ToHashSet(StringComparer.Ordinal);
                    break;
                case "pattern":
                    node.Pattern = new Regex(value.GetString()!);
                    break;
                case "minLength":
                    node.MinLength = value.GetInt32();
                    break;
                case "maxLength":
                    node.MaxLength = value.GetInt32();
                    break;
                case "minimum":
                    node.Minimum = value.GetDecimal();
                    break;
                case "maximum":
                    node.Maximum = value.GetDecimal();
                    break;
                case "multipleOf":
                    node.MultipleOf = value.GetDecimal();
                    break;
                case "minItems":
                    node.MinItems = value.GetInt32();
                    break;
                case "maxItems":
                    node.MaxItems = value.GetInt32();
                    break;
                case "minProperties":
                    node.MinProperties = value.GetInt32();
                    break;
                case "definitions" when isRoot:
                    break;
                default:
                    Refuse(!IsAnnotation(keyword.Name), $"the keyword '{keyword.Name}'");
                    break;
            }
        }

        Refuse(node.Type is null, "a schema without a type");
        return node;
    }

    private static bool IsAnnotation(string keyword) => Annotations.Contains(keyword) || keyword.StartsWith("x-", StringComparison.Ordinal);

    private static JsonValueType TypeOf(string type) => type switch
    {
        "string" => JsonValueType.String,
        "integer" => JsonValueType.Integer,
        "number" => JsonValueType.Number,
        "boolean" => JsonValueType.Boolean,
        "object" => JsonValueType.Object,
        "array" => JsonValueType.Array,
        _ => throw new NotSupportedException($"The compiled schema check does not model the type '{type}'."),
    };

    /// <summary>An enum value as NJsonSchema compares it: the .NET text of the value Newtonsoft read.</summary>
    private static string? EnumText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var integer) => integer.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => bool.TrueString,
        JsonValueKind.False => bool.FalseString,
        JsonValueKind.Null => null,
        _ => throw new NotSupportedException("The compiled schema check does not model enum values that are lists or objects."),
    };

    private static void Refuse(bool unsupported, string what)
    {
        if (unsupported)
        {
            throw new NotSupportedException($"The compiled schema check does not model {what}.");
        }
    }

    /// <summary>The JSON types a compiled schema may require: exactly one, never null.</summary>
    private enum JsonValueType
    {
        String,
        Integer,
        Number,
        Boolean,
        Object,
        Array,
    }

    /// <summary>One schema, as NJsonSchema's validator applies it to one value.</summary>
    private sealed class Node
    {
        public JsonValueType? Type { get; set; }

        /// <summary>The schema carries <c>x-checkedBy</c>: its value constraints are left to a rule.</summary>
        public bool CheckedByRule { get; set; }

        public Regex? Pattern { get; set; }

        public int? MinLength { get; set; }

        public int? MaxLength { get; set; }

        public decimal? Minimum { get; set; }

        public decimal? Maximum { get; set; }

        public decimal? MultipleOf { get; set; }

        public int MinItems { get; set; }

        public int MaxItems { get; set; }

        public int MinProperties { get; set; }

        public HashSet<string?>? Enumeration { get; set; }

        public bool AllowAdditionalProperties { get; set; } = true;

        public Dictionary<string, Node> Properties { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

        public Node? AdditionalProperties { get; set; }

        public Node? Item { get; set; }

        public bool Accepts(YamlNode value) => value switch
        {
            YamlMapping mapping => Type == JsonValueType.Object && AcceptsMapping(mapping),
            YamlSequence sequence => Type == JsonValueType.Array && AcceptsSequence(sequence),
            YamlScalar scalar => AcceptsScalar(scalar),
            _ => false,
        };

        private bool AcceptsMapping(YamlMapping mapping)
        {
            // Indexed rather than foreach: through IReadOnlyList, foreach boxes an enumerator for
            // every mapping and sequence of every file (about 8 MB of a 30,000-variant validate).
            var required = 0;
            var entries = mapping.Entries;
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (Properties.TryGetValue(entry.Key.Value, out var property))
                {
                    if (!property.Accepts(entry.Value))
                    {
                        return false;
                    }
                }
                else if (AdditionalProperties is { } additional ? !additional.Accepts(entry.Value) : !AllowAdditionalProperties)
                {
                    return false;
                }

                required += Required.Contains(entry.Key.Value) ? 1 : 0;
            }

            // Keys are unique (the reader refuses duplicates), so counting the required ones found is enough.
            return required == Required.Count
                && Holds(MinProperties <= 0 || mapping.Entries.Count >= MinProperties)
                && Holds(Enumeration is null);
        }

        private bool AcceptsSequence(YamlSequence sequence)
        {
            if (!Holds((MinItems <= 0 || sequence.Items.Count >= MinItems) && (MaxItems <= 0 || sequence.Items.Count <= MaxItems)) || !Holds(Enumeration is null))
            {
                return false;
            }

            if (Item is null)
            {
                return true;
            }

            var items = sequence.Items;
            for (var i = 0; i < items.Count; i++)
            {
                if (!Item.Accepts(items[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private bool AcceptsScalar(YamlScalar scalar)
        {
            switch (scalar.Type)
            {
                case YamlScalarType.String when Type == JsonValueType.String:
                    var text = scalar.Value;
                    return Holds(Pattern is null || Pattern.IsMatch(text))
                        && Holds(MinLength is not { } min || text.Length >= min)
                        && Holds(MaxLength is not { } max || text.Length <= max)
                        && Holds(Enumeration is null || Enumeration.Contains(text));
                case YamlScalarType.Integer when Type is JsonValueType.Integer or JsonValueType.Number:
                    var integer = long.Parse(YamlJsonWriter.Integer(scalar.Value), CultureInfo.InvariantCulture);
                    return Enumeration is null && AcceptsNumber(integer);
                case YamlScalarType.Number when Type == JsonValueType.Number:
                    var number = double.Parse(YamlJsonWriter.Number(scalar.Value), CultureInfo.InvariantCulture);
                    return Enumeration is null && (!HasNumericConstraint || (TryDecimal(number, out var exact) && AcceptsNumber(exact)));
                case YamlScalarType.Boolean when Type == JsonValueType.Boolean:
                    return Enumeration is null;
                default:
                    // A type mismatch, or a null (whose handling depends on nullability): ask NJsonSchema.
                    return false;
            }
        }

        private bool HasNumericConstraint => Minimum.HasValue || Maximum.HasValue || MultipleOf.HasValue;

        private bool AcceptsNumber(decimal value) =>
            Holds(Minimum is not { } min || value >= min)
            && Holds(Maximum is not { } max || value <= max)
            && Holds(MultipleOf is not { } step || value % step == 0);

        /// <summary>A value constraint that fails is no finding when a rule re-checks it.</summary>
        private bool Holds(bool constraint) => constraint || CheckedByRule;

        /// <summary>NJsonSchema reads a float as decimal the way Convert.ToDecimal does; beyond its range it switches to doubles, which this does not model.</summary>
        private static bool TryDecimal(double value, out decimal exact)
        {
            try
            {
                exact = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                return true;
            }
            catch (OverflowException)
            {
                exact = 0;
                return false;
            }
        }
    }
}
