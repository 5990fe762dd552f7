using Reconciler.Core.Yaml;

namespace Reconciler.Core.Widgets;

/// <summary>Binds a schema-valid widget tree to <see cref="WidgetDocument"/>.</summary>
internal static class WidgetBinder
{
    public static WidgetDocument Bind(string path, YamlMapping root) => new()
    {
        Path = path,
        WidgetId = root.Text("widgetId"),
        Assignments = root.Mappings("assignments")
            .Select(a => new WidgetAssignment(a.Text("theme"), a.OptionalText("segmentId"), a.OptionalText("geoRegion"), a.Decimal("trafficWeight"), a))
            .ToList(),
        WidgetIdPosition = root.PositionOf("widgetId"),
        Node = root,
    };
}
