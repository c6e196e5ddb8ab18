using Microsoft.Playwright;

namespace Statecraft.Web.Tests.Browser;

public sealed class ScenarioViewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Salience = "input[data-actor='USA'][data-issue='gaza-ceasefire'][data-field='salience']";

    [Fact]
    public async Task OpensTheDefaultScenario_WithItsForecastShown()
    {
        var (page, _) = await fixture.OpenAsync();

        Assert.Equal("middle-east-2025", await page.InputValueAsync("#scenario-picker"));
        await page.WaitForSelectorAsync("#forecast-value");
        Assert.StartsWith("Durability of the Gaza ceasefire: ", await page.InnerTextAsync("#forecast-value strong"), StringComparison.Ordinal);
        Assert.Equal(12, await page.Locator("#grid tbody tr").CountAsync());
    }

    [Fact]
    public async Task EditsASalienceToAnInvalidValue_SeesTheLocatedError_ThenFixesIt()
    {
        var (page, _) = await fixture.OpenAsync();
        var original = await page.InputValueAsync(Salience);

        await page.FillAsync(Salience, "1.7");
        await page.PressAsync(Salience, "Tab");
        var error = page.Locator("td[data-actor='USA'][data-issue='gaza-ceasefire'] .cell-error");
        await error.WaitForAsync();

        var text = await error.InnerTextAsync();
        Assert.Contains("1.7", text, StringComparison.Ordinal);
        Assert.Matches(@"^middle-east-2025:\d+:\d+: error ", text);
        Assert.Contains("invalid", await page.GetAttributeAsync(Salience, "class") ?? string.Empty, StringComparison.Ordinal);

        await page.FillAsync(Salience, original);
        await page.PressAsync(Salience, "Tab");
        await error.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(0, await page.Locator(".cell-error").CountAsync());
    }

    [Fact]
    public async Task EditsACell_ThenUndoesIt()
    {
        var (page, _) = await fixture.OpenAsync();
        var original = await page.InputValueAsync(Salience);

        await page.FillAsync(Salience, "0.1");
        await page.PressAsync(Salience, "Tab");
        await page.ClickAsync("#undo");

        Assert.Equal(original, await page.InputValueAsync(Salience));
        Assert.True(await page.IsDisabledAsync("#undo"));
    }

    [Fact]
    public async Task DownloadsTheScenarioAsNativeYaml()
    {
        var (page, _) = await fixture.OpenAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-yaml"));
        var text = await File.ReadAllTextAsync(await download.PathAsync());

        Assert.Equal("middle-east-2025.yaml", download.SuggestedFilename);
        Assert.StartsWith("statecraft: 1\n", text, StringComparison.Ordinal);
    }
}
