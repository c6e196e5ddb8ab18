namespace Statecraft.Web.Tests.Browser;

public sealed class LoopbackTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task NoRequestOfAnyPageLeavesLoopback()
    {
        var (page, requests) = await fixture.OpenAsync();
        await page.WaitForSelectorAsync("#forecast-value");
        await page.ClickAsync("#run-all");
        await page.WaitForSelectorAsync("[data-testid=all-models]");
        foreach (var view in new[] { "#runs", "#fronts", "#backtest", "#scenario" })
        {
            await page.GotoAsync(fixture.Address + "/" + view);
            await page.WaitForSelectorAsync("body[data-ready=true]");
        }

        string[] seen;
        lock (requests)
        {
            seen = [.. requests];
        }

        Assert.NotEmpty(seen);
        Assert.All(seen, url => Assert.True(url.StartsWith(fixture.Address + "/", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
    }
}
