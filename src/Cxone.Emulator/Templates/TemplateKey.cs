namespace Cxone.Emulator.Templates;

/// <summary>One (template, locale) pair: the unit whose versions form a series.</summary>
internal readonly record struct TemplateKey(string TemplateId, string Locale) : IComparable<TemplateKey>
{
    public int CompareTo(TemplateKey other)
    {
        var byId = string.CompareOrdinal(TemplateId, other.TemplateId);
        return byId != 0 ? byId : string.CompareOrdinal(Locale, other.Locale);
    }
}

/// <summary>One version of one (template, locale).</summary>
internal readonly record struct TemplateVersionKey(string TemplateId, string Locale, string Version);
