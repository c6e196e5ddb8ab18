namespace Statecraft.Web.Tests.Browser;

public sealed class FrontsViewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SimulatesTheDefaultScenario_TimelineChartsAndEvents()
    {
        var (page, _) = await fixture.OpenAsync("#fronts");

        await page.ClickAsync("#run-simulate");
        await page.WaitForSelectorAsync("#simulate-events");

        foreach (var chart in new[] { "simulate-forecasts", "simulate-regime", "simulate-street" })
        {
            Assert.Equal(1, await page.Locator($"[data-testid={chart}] svg").CountAsync());
        }

        Assert.True(await page.Locator("#simulate-events tr").CountAsync() > 1);
        Assert.Equal(5, await page.EvaluateAsync<int>("globalThis.echarts.getInstanceByDom(document.querySelector('[data-testid=simulate-forecasts] .chart')).getOption().series.length"));
    }

    [Fact]
    public async Task AnimatesTheUnrestLattice_TickByTick()
    {
        var (page, _) = await fixture.OpenAsync("#fronts");
        await page.SelectOptionAsync("#unrest-run", "2");
        await page.FillAsync("#unrest-ticks", "100");

        await page.ClickAsync("#run-unrest");
        await page.WaitForSelectorAsync("#lattice");
        Assert.StartsWith("tick 0: ", await page.InnerTextAsync("#lattice-caption"), StringComparison.Ordinal);
        Assert.Equal(new[] { 40, 40 }, await page.EvaluateAsync<int[]>("[document.querySelector('#lattice').width, document.querySelector('#lattice').height]"));

        await page.ClickAsync("#lattice-play");
        for (var waited = 0; int.Parse(await page.GetAttributeAsync("#fronts", "data-tick") ?? "0", System.Globalization.CultureInfo.InvariantCulture) < 10; waited += 50)
        {
            Assert.True(waited < 10_000, "the animation did not reach tick 10 within 10 s");
            await Task.Delay(50);
        }

        await page.ClickAsync("#lattice-play");

        await page.Locator("#lattice-tick").FillAsync("100");
        Assert.StartsWith("tick 100: ", await page.InnerTextAsync("#lattice-caption"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScenarioWithoutAnArena_PlaysTheBargainingAlone_AndSaysWhyItHasNoLattice()
    {
        var (page, _) = await fixture.OpenAsync("#scenario");
        await page.SelectOptionAsync("#scenario-picker", "road-toll");
        await page.WaitForSelectorAsync("#issue-picker option[value=tolheffing-binnenstad]", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await page.ClickAsync("nav a[data-view=fronts]");

        await page.ClickAsync("#run-simulate");
        await page.WaitForSelectorAsync("#simulate-no-arena");
        await page.ClickAsync("#run-unrest-arena");
        await page.WaitForSelectorAsync("#unrest-error:not([hidden])");

        Assert.Equal(0, await page.Locator("[data-testid=simulate-regime]").CountAsync());
        Assert.Equal("The scenario 'road-toll' has no arena: section, so it has no unrest parameters; run 'statecraft unrest' without a scenario, or add an arena (docs/formats/yaml.md).", await page.InnerTextAsync("#unrest-error"));
    }
}
