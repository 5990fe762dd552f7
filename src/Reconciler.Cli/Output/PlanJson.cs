using System.Text.Json.Nodes;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Planning;

namespace Reconciler.Cli.Output;

/// <summary>The plan and apply parts of SPEC §4's JSON contract, written by <see cref="JsonReportRenderer"/>.</summary>
internal static class PlanJson
{
    public static void Render(TextWriter output, Plan plan, ApplyResult? result = null, JsonObject? metrics = null)
    {
        var extra = result is null ? null : new JsonObject { ["results"] = Results(result) };
        var summary = Summary(plan, result);
        if (metrics is not null)
        {
            summary["metrics"] = metrics;
        }

        JsonReportRenderer.Render(output, plan.Diagnostics, Changes(plan), summary, extra);
    }

    private static JsonArray Changes(Plan plan)
    {
        var changes = new JsonArray();
        foreach (var change in plan.Changes)
        {
            changes.Add(new JsonObject
            {
                ["kind"] = ChangeNames.Of(change.Kind),
                ["id"] = change.Id,
                ["locale"] = change.Locale,
                ["action"] = ChangeNames.Of(change.Action),
                ["fromVersion"] = change.FromVersion,
                ["toVersion"] = change.ToVersion,
                ["order"] = change.Order,
                ["reason"] = change.Reason,
                ["file"] = change.SourcePath,
                ["line"] = change.SourceLine,
                ["introducedByChange"] = plan.ChangedPaths is null ? null : plan.IsIntroducedByChange(change),
            });
        }

        return changes;
    }

    private static JsonObject Summary(Plan plan, ApplyResult? result)
    {
        var summary = plan.Summary;
        var json = new JsonObject
        {
            ["toCreate"] = summary.ToCreate,
            ["toUpdate"] = summary.ToUpdate,
            ["unchanged"] = summary.Unchanged,
            ["conflicts"] = summary.Conflicts,
            ["drift"] = summary.Drift,
            ["hasChanges"] = summary.HasChanges,
            ["applyable"] = plan.Applyable,
            ["sourceCommit"] = plan.Source.Commit,
            ["sourceDirty"] = plan.Source.Commit is null ? null : plan.Source.Dirty,
            ["target"] = plan.Target,
            ["liveStateRequests"] = plan.LiveStateRequests,
            ["line"] = summary.Line,
        };
        if (result is not null)
        {
            json["applied"] = result.Applied;
            json["alreadyApplied"] = result.AlreadyApplied;
            json["failed"] = result.Failed;
            json["notAttempted"] = result.NotAttempted;
            json["applySeconds"] = Math.Round(result.Duration.TotalSeconds, 3);
            json["line"] = result.Line;
        }

        return json;
    }

    private static JsonArray Results(ApplyResult result)
    {
        var items = new JsonArray();
        foreach (var item in result.Items)
        {
            items.Add(new JsonObject
            {
                ["kind"] = ChangeNames.Of(item.Change.Kind),
                ["id"] = item.Change.Id,
                ["locale"] = item.Change.Locale,
                ["toVersion"] = item.Change.ToVersion,
                ["status"] = item.Status switch
                {
                    ApplyStatus.Applied => "applied",
                    ApplyStatus.AlreadyApplied => "alreadyApplied",
                    ApplyStatus.Failed => "failed",
                    _ => "notAttempted",
                },
                ["message"] = item.Message,
                ["durationMs"] = (long)item.Duration.TotalMilliseconds,
            });
        }

        return items;
    }
}
