using System.Text.Json;
using Microsoft.Playwright;

namespace Statecraft.Web.Tests.Browser;

public sealed class ResultsViewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task RunsTheExpectedUtilityModel_AndFindsTheChartWithOneSeriesPerActor()
    {
        var (page, _) = await fixture.OpenAsync();
        await page.WaitForSelectorAsync("#forecast-value");

        await page.SelectOptionAsync("#model", "eu");
        await page.WaitForSelectorAsync("[data-testid=trajectories]");
        await page.WaitForFunctionAsync("() => document.querySelector('#forecast-value')?.textContent.includes('(eu;')");

        var names = JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>(
            "() => JSON.stringify(echarts.getInstanceByDom(document.querySelector('[data-testid=trajectories] .chart')).getOption().series.map(s => s.name))"))!;
        var actors = await page.Locator("#grid td[data-issue='gaza-ceasefire'] input[data-field='position']").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.dataset.actor)");
        Assert.Equal([.. actors, "median", "mean"], names);
    }

    [Fact]
    public async Task RunsAMonteCarloWithProgress_AndCancelsIt()
    {
        var (page, _) = await fixture.OpenAsync();
        await page.SelectOptionAsync("#model", "eu");
        await page.FillAsync("#mc-runs", "100000");

        await page.ClickAsync("#run-monte-carlo");
        await page.WaitForSelectorAsync("#job-progress", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
        await page.WaitForFunctionAsync("() => document.querySelector('#job-progress').value > 0");
        await page.ClickAsync("#cancel-job");

        await page.WaitForFunctionAsync("() => document.querySelector('#job-state').textContent.includes('cancelled')");
        Assert.True(await page.IsHiddenAsync("#job-progress"));
    }

    [Fact]
    public async Task RunsAShortMonteCarlo_AndSeesTheDistributionWithItsInterval()
    {
        var (page, _) = await fixture.OpenAsync();
        await page.FillAsync("#mc-runs", "300");

        await page.ClickAsync("#run-monte-carlo");
        await page.WaitForSelectorAsync("[data-testid=monte-carlo]");

        Assert.Contains("80% interval", await page.InnerTextAsync("[data-testid=monte-carlo] .exports"), StringComparison.Ordinal);
    }
}
