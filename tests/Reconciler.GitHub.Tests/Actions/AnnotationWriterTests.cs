using Reconciler.Core.Diagnostics;
using Reconciler.GitHub.Actions;

namespace Reconciler.GitHub.Tests.Actions;

public sealed class AnnotationWriterTests
{
    [Fact]
    public void Format_ErrorWithLocation_WritesFileLineColAndTitle()
    {
        var line = AnnotationWriter.Format(new Annotation(Severity.Error, "cxone/templates/a.yaml", 7, 3, "TPL001", "Bad placeholder."));

        Assert.Equal("::error file=cxone/templates/a.yaml,line=7,col=3,title=TPL001::Bad placeholder.", line);
    }

    [Fact]
    public void Format_HostileMessageAndPath_CannotStartACommandOrAddAProperty()
    {
        var line = AnnotationWriter.Format(new Annotation(Severity.Warning, "a,line=99:b.yaml", 1, null, "T:1,x", "100%\n::set-env name=X::y\r\n"));

        Assert.Equal("::warning file=a%2Cline=99%3Ab.yaml,line=1,title=T%3A1%2Cx::100%25%0A::set-env name=X::y%0D%0A", line);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Format_NoFile_OmitsLocation()
    {
        var line = AnnotationWriter.Format(new Annotation(Severity.Error, null, 5, 5, "X", "m"));

        Assert.Equal("::error title=X::m", line);
    }

    [Fact]
    public void Write_MoreThanTenOfEachKind_WritesTenOfEachAndOneNoticeCountingTheRest()
    {
        var annotations = Enumerable.Range(0, 25).Select(i => new Annotation(Severity.Error, "e.yaml", i + 1, 1, "E", "error " + i))
            .Concat(Enumerable.Range(0, 12).Select(i => new Annotation(Severity.Warning, "w.yaml", i + 1, 1, "W", "warning " + i)));
        using var output = new StringWriter();

        var written = new AnnotationWriter(output).Write(annotations);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, written);
        Assert.Equal(10, lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal(10, lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        var notice = Assert.Single(lines, l => l.StartsWith("::notice", StringComparison.Ordinal));
        Assert.Contains("17 more finding(s)", notice, StringComparison.Ordinal);
        Assert.Contains("--output sarif", notice, StringComparison.Ordinal);
        Assert.Contains("error 0", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WithinCaps_WritesNoNotice()
    {
        using var output = new StringWriter();

        new AnnotationWriter(output).Write([new Annotation(Severity.Warning, "w.yaml", 1, 1, "W", "w")]);

        Assert.DoesNotContain("::notice", output.ToString(), StringComparison.Ordinal);
    }
}
