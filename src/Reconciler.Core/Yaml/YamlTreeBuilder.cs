using Reconciler.Core.Diagnostics;
using YamlDotNet.Core;

namespace Reconciler.Core.Yaml;

/// <summary>
/// Builds the positioned tree from parser events (<see cref="YamlEventRecorder"/>), counting nodes
/// as aliases would expand them so that an alias bomb is refused after
/// <see cref="YamlLimits.MaxExpandedNodes"/> nodes, not after memory runs out.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private readonly string _path;
    private readonly YamlSourceText _source;
    private readonly List<Diagnostic> _diagnostics = [];
    // Open mappings and sequences, innermost last: structs in an array, as every container of
    // every file opens one (about 200,000 in a 10,000-template repository).
    private Frame[] _stack = new Frame[8];
    private int _depth;
    private readonly Dictionary<string, (YamlNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
    private YamlNode? _root;
    private long _expanded;
    private bool _sawAlias;
    private int _documents;

    public YamlTreeBuilder(string path, YamlSourceText source)
    {
        _path = path;
        _source = source;
    }

    /// <summary>True once an error stops the build (further events are ignored).</summary>
    public bool Failed { get; private set; }

    /// <summary>Adds one parser event to the tree; returns false once the build has failed, as a signal to stop parsing.</summary>
    public bool Accept(YamlEventRecord e)
    {
        switch (e.Kind)
        {
            case YamlEventKinds.DocumentStart when !e.IsImplicit || _documents > 0:
                _documents++;
                if (_documents > 1)
                {
                    Error(e.Start, DiagnosticCodes.MultipleDocuments,
                        "A content file holds exactly one YAML document; remove this '---' and split the content into separate files.");
                }

                break;
            case YamlEventKinds.DocumentStart:
                _documents++;
                break;
            case YamlEventKinds.Scalar or YamlEventKinds.MappingStart or YamlEventKinds.SequenceStart when !IsCoreTag(e.Tag):
                Error(e.Start, DiagnosticCodes.YamlSyntax,
                    $"The YAML tag '{e.Tag}' is not supported: content files hold plain strings, numbers, lists and mappings, and a tag such as !!binary or !!python/object would change what a value means; remove the tag.");
                break;
            case YamlEventKinds.Scalar:
                Add(CreateScalar(e), 1, e.Anchor, e.Start);
                break;
            case YamlEventKinds.Alias:
                AddAlias(e.Value!, e.Start);
                break;
            case YamlEventKinds.MappingStart:
                Push(new YamlMapping(Position(e.Start)), e.Anchor, e.Start);
                break;
            case YamlEventKinds.SequenceStart:
                Push(new YamlSequence(Position(e.Start)), e.Anchor, e.Start);
                break;
            case YamlEventKinds.MappingEnd or YamlEventKinds.SequenceEnd:
                var frame = _stack[--_depth];
                _stack[_depth] = default;
                Add(frame.Node, frame.Size, frame.Anchor, frame.Mark, fromFrame: true);
                break;
        }

        return !Failed;
    }

    public YamlReadResult Finish()
    {
        if (!Failed && _root is not YamlMapping)
        {
            var at = _root?.Start ?? SourcePosition.Start;
            var found = _root is null || _root is YamlScalar { Type: YamlScalarType.Null } ? "the file is empty" : $"it holds {_root.KindDescription}";
            _diagnostics.Add(new Diagnostic(_path, at.Line, at.Column, Severity.Error, DiagnosticCodes.NotAMapping,
                $"A content file must be a YAML mapping of keys to values, but {found}; start from an example in content-example/."));
            Failed = true;
        }

        return new YamlReadResult(Failed ? null : (YamlMapping)_root!, _diagnostics);
    }

    private void Push(YamlNode node, string? anchor, long mark)
    {
        if (_depth >= YamlLimits.MaxDepth)
        {
            Error(mark, DiagnosticCodes.NestingTooDeep,
                $"Nesting deeper than {YamlLimits.MaxDepth} levels; content files need only a few, so flatten this structure.");
            return;
        }

        _expanded++;
        if (_depth == _stack.Length)
        {
            Array.Resize(ref _stack, _depth * 2);
        }

        _stack[_depth++] = new Frame(node, anchor, mark);
    }

    private void AddAlias(string name, long mark)
    {
        if (!_anchors.TryGetValue(name, out var target))
        {
            Error(mark, DiagnosticCodes.UnknownAlias,
                $"The alias '*{name}' refers to no anchor defined before it; define '&{name}' first or remove the alias.");
            return;
        }

        _sawAlias = true;
        Add(target.Node, target.Size, null, mark);
    }

    private void Add(YamlNode node, long size, string? anchor, long mark, bool fromFrame = false)
    {
        if (Failed)
        {
            return;
        }

        _expanded = SaturatingAdd(_expanded, fromFrame ? 0 : size);
        if (_expanded > YamlLimits.MaxExpandedNodes)
        {
            // Without aliases the document is simply that big: say so rather than speak of a bomb.
            Error(mark, DiagnosticCodes.AliasExpansion, _sawAlias
                ? $"Aliases expand this document beyond {YamlLimits.MaxExpandedNodes:N0} nodes (an \"alias bomb\"); write the values out instead of nesting aliases."
                : $"This document has more than {YamlLimits.MaxExpandedNodes:N0} values; content files hold a few hundred, so remove what does not belong or split the file.");
            return;
        }

        if (anchor is not null)
        {
            _anchors[anchor] = (node, size);
        }

        if (_depth == 0)
        {
            _root ??= node;
            return;
        }

        ref var parent = ref _stack[_depth - 1];
        parent.Size = SaturatingAdd(parent.Size, size);
        if (parent.Node is YamlSequence sequence)
        {
            sequence.Add(node);
        }
        else
        {
            AddToMapping(ref parent, node, mark);
        }
    }

    private void AddToMapping(ref Frame parent, YamlNode node, long mark)
    {
        var mapping = (YamlMapping)parent.Node;
        if (parent.PendingKey is null && !parent.PendingKeyInvalid)
        {
            if (node is not YamlScalar key)
            {
                Error(mark, DiagnosticCodes.ComplexKey, "A mapping key must be a plain name, not a list or mapping; write 'name: value'.");
                parent.PendingKeyInvalid = true;
                return;
            }

            if (mapping.KeyOf(key.Value) is { } first)
            {
                Error(mark, DiagnosticCodes.DuplicateKey,
                    $"The key '{key.Value}' appears twice in this mapping (first on line {first.Start.Line}); keep only one.");
                return;
            }

            parent.PendingKey = key;
            return;
        }

        if (parent.PendingKey is { } pending)
        {
            mapping.Add(pending, node);
        }

        parent.PendingKey = null;
        parent.PendingKeyInvalid = false;
    }

    private YamlScalar CreateScalar(YamlEventRecord scalar)
    {
        var index = (int)Math.Min(scalar.Start, int.MaxValue);
        var style = (ScalarStyle)scalar.Style;
        var type = ScalarResolver.Resolve(style, scalar.Tag, scalar.Value!);
        return new YamlScalar(_source.PositionOf(index), index, scalar.Value!, style, type, _source);
    }

    private SourcePosition Position(long mark) => _source.PositionOf((int)Math.Min(mark, int.MaxValue));

    private void Error(long mark, string code, string message)
    {
        var at = Position(mark);
        _diagnostics.Add(new Diagnostic(_path, at.Line, at.Column, Severity.Error, code, message));
        Failed = true;
    }

    /// <summary>
    /// No tag, the non-specific '!', or a tag of the YAML 1.2 core schema (what an untagged value
    /// resolves to anyway). Anything else — !!binary, !!set, !!timestamp, language tags, local
    /// tags — is refused rather than silently read as a plain string.
    /// </summary>
    private static bool IsCoreTag(string? tag) =>
        tag is null or YamlEventKinds.NonSpecificTag or "tag:yaml.org,2002:str" or "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float"
            or "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:null" or "tag:yaml.org,2002:map" or "tag:yaml.org,2002:seq";

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private struct Frame(YamlNode node, string? anchor, long mark)
    {
        public readonly YamlNode Node = node;

        public readonly string? Anchor = anchor;

        public readonly long Mark = mark;

        /// <summary>Nodes in this subtree, aliases expanded; starts at 1 for the node itself.</summary>
        public long Size = 1;

        public YamlScalar? PendingKey;

        public bool PendingKeyInvalid;
    }
}
