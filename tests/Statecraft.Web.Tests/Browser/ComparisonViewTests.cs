using System.Net.Http.Json;
using System.Text.Json;

namespace Statecraft.Web.Tests.Browser;

public sealed class ComparisonViewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task WhatIf_DroppingAnActor_ShowsBeforeAndAfterSideBySide()
    {
        var (page, _) = await fixture.OpenAsync();
        await page.WaitForSelectorAsync("#forecast-value");

        await page.FillAsync("#shocks", "drop:USA");
        await page.ClickAsync("#run-whatif");
        await page.WaitForSelectorAsync("[data-testid=what-if]");

        var series = await page.EvaluateAsync<string>("() => JSON.stringify(echarts.getInstanceByDom(document.querySelector('[data-testid=what-if] .chart')).getOption().series.map(s => [s.name, s.data.length]))");
        Assert.Equal("""[["before",5],["after",5]]""", series);
        Assert.Contains("drop actor 'USA'", await page.InnerTextAsync("[data-testid=what-if] .exports"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIf_UnknownActor_ShowsTheMessageAndKeepsTheEdit()
    {
        var (page, _) = await fixture.OpenAsync();
        await page.WaitForSelectorAsync("#forecast-value");

        await page.FillAsync("#shocks", "drop:NOBODY");
        await page.ClickAsync("#run-whatif");
        await page.WaitForSelectorAsync("#run-error:not([hidden])");

        Assert.Contains("NOBODY", await page.InnerTextAsync("#run-error"), StringComparison.Ordinal);
        Assert.Equal("drop:NOBODY", await page.InputValueAsync("#shocks"));
    }

    [Fact]
    public async Task AllModels_OneBarPerModelOnTheChosenIssue()
    {
        using var client = new HttpClient { BaseAddress = new Uri(fixture.Address) };
        var models = (await client.GetFromJsonAsync<JsonElement>("/api/models")).EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToArray();
        var (page, _) = await fixture.OpenAsync();
        await page.WaitForSelectorAsync("#forecast-value");

        await page.ClickAsync("#run-all");
        await page.WaitForSelectorAsync("[data-testid=all-models]");

        var shown = JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>("() => JSON.stringify(echarts.getInstanceByDom(document.querySelector('[data-testid=all-models] .chart')).getOption().yAxis[0].data)"));
        Assert.Equal(models, shown);
    }

    [Fact]
    public async Task Exports_ForecastCsvIsTheApis_ChartsAsSvgAndPng()
    {
        var (page, _) = await fixture.OpenAsync();
        await page.WaitForSelectorAsync("[data-testid=stakeholders]");
        using var client = new HttpClient { BaseAddress = new Uri(fixture.Address) };
        var yaml = (await client.GetFromJsonAsync<JsonElement>("/api/scenarios/middle-east-2025")).GetProperty("yaml").GetString();
        var csv = await (await client.PostAsJsonAsync("/api/forecast", new { name = "middle-east-2025", yaml, model = "compromise", format = "csv" })).Content.ReadAsStringAsync();

        var fromCsv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        var fromJson = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-json"));
        var svg = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=stakeholders] [data-export=svg]"));
        var png = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=stakeholders] [data-export=png]"));

        Assert.Equal(csv, await File.ReadAllTextAsync(await fromCsv.PathAsync()));
        Assert.Equal("middle-east-2025", JsonDocument.Parse(await File.ReadAllTextAsync(await fromJson.PathAsync())).RootElement.GetProperty("scenario").GetString());
        Assert.StartsWith("<svg", await File.ReadAllTextAsync(await svg.PathAsync()), StringComparison.Ordinal);
        Assert.Equal("stakeholders-gaza-ceasefire.png", png.SuggestedFilename);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, (await File.ReadAllBytesAsync(await png.PathAsync()))[..4]);
    }
}
