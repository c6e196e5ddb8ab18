namespace Statecraft.Web.Tests.Browser;

public sealed class BacktestViewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "data", "deu2", name);

    [Fact]
    public async Task UploadsDeuData_AndSeesTheErrorTableAndChart()
    {
        var (page, _) = await fixture.OpenAsync("#backtest");
        await page.SetInputFilesAsync("#backtest-data", Data("DEU2-EU15.csv"));

        await page.ClickAsync("#run-backtest");
        await page.WaitForSelectorAsync("#backtest-table", new() { Timeout = 120_000 });

        // docs/backtest.md: compromise on DEU II EU-15, n 172, MAE 24.02, median AE 17.37, RMSE 31.48.
        var cells = await page.Locator("#backtest-table tr[data-model=compromise] td").AllInnerTextsAsync();
        Assert.Equal(["compromise", "model", "172", "24.02", "17.37", "31.48", "0"], cells);
        Assert.Equal("baseline", await page.InnerTextAsync("#backtest-table tr[data-model=commission] td:nth-child(2)"));
        Assert.Equal(1, await page.Locator("[data-testid=backtest] svg").CountAsync());
    }

    [Fact]
    public async Task UploadsAMalformedFile_AndSeesTheLocatedMessage()
    {
        var (page, _) = await fixture.OpenAsync("#backtest");
        await page.SetInputFilesAsync("#backtest-data", new Microsoft.Playwright.FilePayload { Name = "broken.csv", MimeType = "text/csv", Buffer = "not,a,deu\nfile"u8.ToArray() });

        await page.ClickAsync("#run-backtest");
        await page.WaitForSelectorAsync("#backtest-out .error");

        Assert.StartsWith("broken.csv", await page.InnerTextAsync("#backtest-out .error"), StringComparison.Ordinal);
    }
}
