using Reconciler.Core.Content;
using Reconciler.Core.Schemas;

namespace Reconciler.Core.Tests.Content;

public sealed class ContentPathsTests
{
    [Theory]
    [InlineData("templates/a\nb.yaml")]
    [InlineData("templates/\u001b[31m.yaml")]
    [InlineData("templates/a\u007f.yaml")]
    [InlineData("templates/a\u0085.yaml")]
    [InlineData("themes/\u009b.yaml")]
    [InlineData("\u0000")]
    public void HasControlCharacter_C0DelOrC1_True(string path) => Assert.True(ContentPaths.HasControlCharacter(path));

    [Theory]
    [InlineData("templates/orders/tmpl_order.yaml")]
    [InlineData("templates/café ☕.yaml")]
    [InlineData("themes/a\u00a0b.yaml")]
    [InlineData("")]
    public void HasControlCharacter_PrintableNames_False(string path) => Assert.False(ContentPaths.HasControlCharacter(path));

    [Theory]
    [InlineData("templates/a.yaml", ContentKind.Template)]
    [InlineData("templates/team/sub/a.YML", ContentKind.Template)]
    [InlineData("themes/dark.yaml", ContentKind.Theme)]
    [InlineData("widgets/w-1.yml", ContentKind.Widget)]
    [InlineData("reconciler.yml", ContentKind.Settings)]
    [InlineData("themes/nested/dark.yaml", null)]
    [InlineData("widgets/a/b/w.yaml", null)]
    [InlineData("templates/a.json", null)]
    [InlineData("other/a.yaml", null)]
    public void KindOf_ByFolderDepthAndExtension(string path, ContentKind? kind) => Assert.Equal(kind, ContentPaths.KindOf(path));
}
