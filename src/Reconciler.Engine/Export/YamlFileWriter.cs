using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Reconciler.Engine.Export;

/// <summary>
/// Writes one content file through YamlDotNet's emitter, so quoting is always correct. Strings are
/// double-quoted (a version "2.4" or a colour "#FFFFFF" stays a string), keys plain, numbers plain,
/// lines end in LF: the same content always gives the same bytes.
/// </summary>
internal sealed class YamlFileWriter
{
    private readonly StringWriter _text = new(CultureInfo.InvariantCulture) { NewLine = "\n" };
    private readonly Emitter _emitter;

    public YamlFileWriter(string schemaComment)
    {
        _text.Write("# yaml-language-server: $schema=" + schemaComment + "\n");
        _emitter = new Emitter(_text, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, newLine: "\n"));
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        _emitter.Emit(new MappingStart());
    }

    public YamlFileWriter Key(string key)
    {
        _emitter.Emit(new Scalar(null, null, key, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
        return this;
    }

    public YamlFileWriter String(string key, string? value)
    {
        if (value is not null)
        {
            Key(key).StringValue(value);
        }

        return this;
    }

    public YamlFileWriter StringValue(string value)
    {
        _emitter.Emit(new Scalar(null, null, value, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true));
        return this;
    }

    public YamlFileWriter Number(string key, double value)
    {
        Key(key);
        _emitter.Emit(new Scalar(null, null, value.ToString("R", CultureInfo.InvariantCulture), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
        return this;
    }

    public YamlFileWriter Strings(string key, IEnumerable<string> values)
    {
        Key(key);
        _emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
        foreach (var value in values)
        {
            StringValue(value);
        }

        _emitter.Emit(new SequenceEnd());
        return this;
    }

    public YamlFileWriter StartMapping(string? key = null)
    {
        if (key is not null)
        {
            Key(key);
        }

        _emitter.Emit(new MappingStart());
        return this;
    }

    public YamlFileWriter EndMapping()
    {
        _emitter.Emit(new MappingEnd());
        return this;
    }

    public YamlFileWriter StartSequence(string key)
    {
        Key(key);
        _emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        return this;
    }

    public YamlFileWriter EndSequence()
    {
        _emitter.Emit(new SequenceEnd());
        return this;
    }

    /// <summary>Closes the document and returns its UTF-8 bytes (no BOM).</summary>
    public byte[] Finish()
    {
        _emitter.Emit(new MappingEnd());
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
        return new UTF8Encoding(false).GetBytes(_text.ToString());
    }
}
