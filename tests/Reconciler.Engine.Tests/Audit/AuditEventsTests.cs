using Reconciler.Core.Validation;
using Reconciler.Engine.Apply;
using Reconciler.Engine.Audit;
using Reconciler.Engine.Planning;
using Reconciler.TestSupport;

namespace Reconciler.Engine.Tests.Audit;

public sealed class AuditEventsTests
{
    [Fact]
    public void ForValidation_ExampleContent_OnePassedEventPerPayload()
    {
        var report = ContentValidator.LoadAndValidate(InMemoryContentSource.FromFolder(RepositoryFiles.ContentExample));
        var payloads = report.Content.Templates.Sum(t => t.Locales.Count) + report.Content.Themes.Count + report.Content.Widgets.Count;

        var outcome = AuditEvents.ForValidation(report, AuditFixtures.Context("validate"));

        Assert.Equal(payloads, outcome.Events.Count);
        Assert.Equal(payloads, outcome.Passed);
        Assert.Equal(0, outcome.Failed);
        Assert.Contains(outcome.Events, e => e is { Kind: "template", Id: "tmpl_order_shipped", Locale: "es-MX", Version: not null });
        Assert.Contains(outcome.Events, e => e is { Kind: "theme", Id: "enterprise-dark", Version: "v1.2.0" });
        Assert.All(outcome.Events, e => Assert.Equal(("validate", "octocat", "passed"), (e.Command, e.Actor, e.Status)));
    }

    [Fact]
    public void ForValidation_InvalidAndUnreadableFiles_FailedWithFileLineAndColumn()
    {
        var source = new InMemoryContentSource()
            .With("themes/white.yaml", """
                name: White
                versionTag: v1.0.0
                backgroundColor: "#FFFFFF"
                primaryColor: "#00E676"
                font: { family: Inter, sizePx: 14, weight: 400, color: "#FFFFFF" }
                buttons:
                  - { label: Go, color: "#000000", textColor: "#FFFFFF", position: center }
                borderRadiusPx: 8
                maxWidthPx: 360
                """)
            .With("templates/broken.yaml", "templateId: [unclosed\n");
        var report = ContentValidator.LoadAndValidate(source);

        var outcome = AuditEvents.ForValidation(report, AuditFixtures.Context("validate"));

        Assert.Equal(2, outcome.Failed);
        var theme = Assert.Single(outcome.Events, e => e.Kind == "theme");
        Assert.Equal(("white", AuditEventNames.ValidationFailed, "failed"), (theme.Id, theme.Event, theme.Status));
        Assert.StartsWith("themes/white.yaml:5:", Assert.Single(theme.Errors), StringComparison.Ordinal);
        var broken = Assert.Single(outcome.Events, e => e.Kind == "template");
        Assert.Equal("broken", broken.Id);
        Assert.NotEmpty(broken.Errors);
    }

    [Theory]
    [InlineData(ApplyStatus.Applied, AuditEventNames.VersionApplied, "applied")]
    [InlineData(ApplyStatus.AlreadyApplied, AuditEventNames.VersionAlreadyPresent, "alreadyApplied")]
    [InlineData(ApplyStatus.Failed, AuditEventNames.ApplyFailed, "failed")]
    [InlineData(ApplyStatus.NotAttempted, AuditEventNames.ApplyNotAttempted, "notAttempted")]
    public void ForApply_EachStatus_MapsToItsEvent(ApplyStatus status, string expectedEvent, string expectedStatus)
    {
        var e = AuditEvents.ForApply(AuditFixtures.Outcome(ChangeKind.Template, status, message: "CXone job j1 failed: boom"), AuditFixtures.Context());

        Assert.Equal(expectedEvent, e.Event);
        Assert.Equal(expectedStatus, e.Status);
        Assert.Equal(("template", "tmpl_a", "en-US", "v2.4"), (e.Kind, e.Id, e.Locale, e.Version));
        Assert.Equal(status is ApplyStatus.Failed or ApplyStatus.NotAttempted ? 1 : 0, e.Errors.Count);
    }

    [Fact]
    public void AuditProgress_Finished_AppendsTheOutcome()
    {
        var path = Path.Combine(Path.GetTempPath(), "audit-progress-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            var log = new AuditLog(path);
            IApplyProgress progress = new AuditProgress(log, AuditFixtures.Context());

            progress.Finished(AuditFixtures.Outcome(ChangeKind.Theme, ApplyStatus.Applied, id: "enterprise-dark"));

            var line = Assert.Single(File.ReadAllLines(path));
            Assert.Contains("\"event\":\"VERSION_APPLIED\",\"command\":\"apply\",\"kind\":\"theme\",\"id\":\"enterprise-dark\"", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
