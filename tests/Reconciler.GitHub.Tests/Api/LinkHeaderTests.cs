using Reconciler.GitHub.Api;

namespace Reconciler.GitHub.Tests.Api;

public sealed class LinkHeaderTests
{
    [Fact]
    public void Next_GitHubStyleHeader_FindsNextAmongOthers()
    {
        var header = "<https://api.github.com/repositories/1/issues/5/comments?page=1>; rel=\"prev\", <https://api.github.com/repositories/1/issues/5/comments?page=3>; rel=\"next\", <https://api.github.com/repositories/1/issues/5/comments?page=9>; rel=\"last\"";

        Assert.Equal(new Uri("https://api.github.com/repositories/1/issues/5/comments?page=3"), LinkHeader.Next([header]));
    }

    [Theory]
    [InlineData("<https://api.github.com/x?page=1>; rel=\"prev\"")]
    [InlineData("garbage")]
    [InlineData("<not a url>; rel=\"next\"")]
    [InlineData("")]
    public void Next_NoUsableNextLink_IsNull(string header)
    {
        Assert.Null(LinkHeader.Next([header]));
    }

    [Fact]
    public void Next_NoHeader_IsNull()
    {
        Assert.Null(LinkHeader.Next(null));
    }
}
