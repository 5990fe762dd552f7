using System.Text.RegularExpressions;

namespace Reconciler.Core.Widgets;

/// <summary>
/// The documented shapes of widget identifiers:
/// <c>widgetId</c> = <c>w-</c> + 1–32 lowercase letters or digits (<c>w-123456</c>);
/// <c>segmentId</c> = <c>seg-</c> + lowercase words of letters and digits joined by single hyphens (<c>seg-premium</c>, <c>seg-night-owls</c>);
/// <c>geoRegion</c> = 2–4 uppercase letters, then one or two hyphenated parts of uppercase letters or digits (<c>US-EAST</c>, <c>EU-WEST</c>, <c>APAC-SG-1</c>).
/// The same patterns are in <c>widget.schema.json</c> for editors.
/// </summary>
public static partial class WidgetPatterns
{
    /// <summary>True for a well-formed widget id.</summary>
    public static bool IsWidgetId(string value) => WidgetId().IsMatch(value);

    /// <summary>True for a well-formed segment id.</summary>
    public static bool IsSegmentId(string value) => SegmentId().IsMatch(value);

    /// <summary>True for a well-formed geo region.</summary>
    public static bool IsGeoRegion(string value) => GeoRegion().IsMatch(value);

    [GeneratedRegex("^w-[a-z0-9]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex WidgetId();

    [GeneratedRegex("^seg-[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentId();

    [GeneratedRegex("^[A-Z]{2,4}(-[A-Z0-9]{1,16}){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex GeoRegion();
}
