using Cxone.Emulator.Http;
using Cxone.Emulator.State;

namespace Cxone.Emulator.Widgets;

/// <summary>Whether a call may name a widget: a well-formed id, and under strict widgets a listed one.</summary>
internal static class WidgetAccess
{
    public static ApiError? Check(StateTransaction tx, string? widgetId)
    {
        if (!Identifiers.IsValid(widgetId))
        {
            return ApiError.BadRequest($"Widget id '{widgetId}' must be {Identifiers.Rule}.");
        }

        return tx.IsAllowedWidget(widgetId!)
            ? null
            : ApiError.NotFound($"Widget '{widgetId}' does not exist (the emulator runs with --strict-widgets; list it with --widget {widgetId}).");
    }
}
