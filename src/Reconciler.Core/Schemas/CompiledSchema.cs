using System.Globalization;
using System.Text.RegularExpressions;
using NJsonSchema;
using Reconciler.Core.Yaml;

namespace Reconciler.Core.Schemas;

/// <summary>
/// A content schema compiled, from NJsonSchema's own model of it, into a direct check over the YAML
/// tree. It answers one question — would NJsonSchema find nothing to report? — without building a
/// token tree or running the general validator, which was most of the cost of loading a large
/// repository. It is conservative: anything it does not model exactly (nulls, numbers outside
/// decimal range, keywords the schemas do not use) makes it answer "not sure", and the caller then
/// asks NJsonSchema, which stays the only source of findings. A schema using a keyword this does
/// not implement does not compile at all, so a schema edit can cost speed but never a finding.
/// </summary>
internal sealed class CompiledSchema
{
    private const string CheckedByKeyword = "x-checkedBy";

    private readonly Dictionary<JsonSchema, Node> _nodes = new(ReferenceEqualityComparer.Instance);
    private readonly Node _root;

    private CompiledSchema(JsonSchema schema) => _root = Compile(schema.ActualSchema);

    /// <summary>The compiled check, or null when the schema uses something the check does not model.</summary>
    public static CompiledSchema? TryCompile(JsonSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        try
        {
            return new CompiledSchema(schema);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// True only when NJsonSchema would report nothing for <paramref name="root"/> beyond value
    /// constraints that a rule re-checks (<c>x-checkedBy</c>); false means "ask NJsonSchema".
    /// </summary>
    public bool IsCertainlyClean(YamlMapping root) => _root.Accepts(root);

    private Node Compile(JsonSchema schema)
    {
        if (_nodes.TryGetValue(schema, out var known))
        {
            return known;
        }

        Refuse(schema.AnyOf.Count > 0 || schema.AllOf.Count > 0 || schema.OneOf.Count > 0 || schema.Not is not null, "combinators");
        Refuse(!string.IsNullOrEmpty(schema.Format), "format");
        Refuse(schema.PatternProperties.Count > 0 || schema.MaxProperties > 0, "patternProperties or maxProperties");
        Refuse(schema.UniqueItems || schema.Items.Count > 0 || schema.AdditionalItemsSchema is not null, "tuples or uniqueItems");
        Refuse(schema.ExclusiveMinimum.HasValue || schema.ExclusiveMaximum.HasValue || schema.IsExclusiveMinimum || schema.IsExclusiveMaximum, "exclusive bounds");
        Refuse(schema.Type is not (JsonObjectType.String or JsonObjectType.Integer or JsonObjectType.Number or JsonObjectType.Boolean
            or JsonObjectType.Object or JsonObjectType.Array), "a type other than exactly one non-null type");

        var node = new Node
        {
            Type = schema.Type,
            CheckedByRule = schema.ExtensionData?.ContainsKey(CheckedByKeyword) ?? false,
            Pattern = string.IsNullOrEmpty(schema.Pattern) ? null : new Regex(schema.Pattern),
            MinLength = schema.MinLength,
            MaxLength = schema.MaxLength,
            Minimum = schema.Minimum,
            Maximum = schema.Maximum,
            MultipleOf = schema.MultipleOf,
            MinItems = schema.MinItems,
            MaxItems = schema.MaxItems,
            MinProperties = schema.MinProperties,
            Enumeration = schema.Enumeration.Count == 0 ? null : schema.Enumeration.Select(v => v?.ToString()).ToHashSet(StringComparer.Ordinal),
            AllowAdditionalProperties = schema.AllowAdditionalProperties,
        };

        // Registered before its children compile, so a recursive $ref finds it.
        _nodes[schema] = node;
        foreach (var property in schema.Properties)
        {
            node.Properties[property.Key] = Compile(property.Value.ActualSchema);
            if (property.Value.IsRequired)
            {
                node.Required.Add(property.Key);
            }
        }

        node.Required.UnionWith(schema.RequiredProperties);
        node.AdditionalProperties = schema.AdditionalPropertiesSchema is { } additional ? Compile(additional.ActualSchema) : null;
        node.Item = schema.Item is { } item ? Compile(item.ActualSchema) : null;
        return node;
    }

    private static void Refuse(bool unsupported, string what)
    {
        if (unsupported)
        {
            throw new NotSupportedException($"The compiled schema check does not model {what}.");
        }
    }

    /// <summary>One schema, as NJsonSchema's validator applies it to one value.</summary>
    private sealed class Node
    {
        public JsonObjectType Type { get; init; }

        /// <summary>The schema carries <c>x-checkedBy</c>: its value constraints are left to a rule.</summary>
        public bool CheckedByRule { get; init; }

        public Regex? Pattern { get; init; }

        public int? MinLength { get; init; }

        public int? MaxLength { get; init; }

        public decimal? Minimum { get; init; }

        public decimal? Maximum { get; init; }

        public decimal? MultipleOf { get; init; }

        public int MinItems { get; init; }

        public int MaxItems { get; init; }

        public int MinProperties { get; init; }

        public HashSet<string?>? Enumeration { get; init; }

        public bool AllowAdditionalProperties { get; init; }

        public Dictionary<string, Node> Properties { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

        public Node? AdditionalProperties { get; set; }

        public Node? Item { get; set; }

        public bool Accepts(YamlNode value) => value switch
        {
            YamlMapping mapping => Type == JsonObjectType.Object && AcceptsMapping(mapping),
            YamlSequence sequence => Type == JsonObjectType.Array && AcceptsSequence(sequence),
            YamlScalar scalar => AcceptsScalar(scalar),
            _ => false,
        };

        private bool AcceptsMapping(YamlMapping mapping)
        {
            var required = 0;
            foreach (var entry in mapping.Entries)
            {
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

            foreach (var item in sequence.Items)
            {
                if (!Item.Accepts(item))
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
                case YamlScalarType.String when Type == JsonObjectType.String:
                    var text = scalar.Value;
                    return Holds(Pattern is null || Pattern.IsMatch(text))
                        && Holds(MinLength is not { } min || text.Length >= min)
                        && Holds(MaxLength is not { } max || text.Length <= max)
                        && Holds(Enumeration is null || Enumeration.Contains(text));
                case YamlScalarType.Integer when Type is JsonObjectType.Integer or JsonObjectType.Number:
                    var integer = long.Parse(YamlJsonWriter.Integer(scalar.Value), CultureInfo.InvariantCulture);
                    return Enumeration is null && AcceptsNumber(integer);
                case YamlScalarType.Number when Type == JsonObjectType.Number:
                    var number = double.Parse(YamlJsonWriter.Number(scalar.Value), CultureInfo.InvariantCulture);
                    return Enumeration is null && (!HasNumericConstraint || (TryDecimal(number, out var exact) && AcceptsNumber(exact)));
                case YamlScalarType.Boolean when Type == JsonObjectType.Boolean:
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
