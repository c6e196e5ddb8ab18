using System.Net.Http.Json;
using System.Text.Json;

namespace Statecraft.Web.Tests.Browser;

public sealed class RunsViewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>Runs a Monte Carlo of the default scenario through the API and returns its id in the run store.</summary>
    private async Task<long> MonteCarloAsync(int runs, ulong seed)
    {
        using var client = new HttpClient { BaseAddress = new Uri(fixture.Address) };
        var yaml = (await client.GetFromJsonAsync<JsonElement>("/api/scenarios/middle-east-2025")).GetProperty("yaml").GetString();
        var job = await (await client.PostAsJsonAsync("/api/jobs", new { name = "middle-east-2025", yaml, runs, seed })).Content.ReadFromJsonAsync<JsonElement>();
        JsonElement status;
        do
        {
            await Task.Delay(50);
            status = await client.GetFromJsonAsync<JsonElement>($"/api/jobs/{job.GetProperty("id").GetString()}");
        }
        while (status.GetProperty("state").GetString() == "running");
        Assert.Equal("done", status.GetProperty("state").GetString());
        return status.GetProperty("runId").GetInt64();
    }

    [Fact]
    public async Task OpensARunFromTheStore_AndRerunsItIdentically()
    {
        var runId = await MonteCarloAsync(200, 42);

        var (page, _) = await fixture.OpenAsync("#runs");
        await page.ClickAsync($"[data-open='{runId}']");
        await page.WaitForSelectorAsync("#run-summary");
        Assert.Equal(6, await page.Locator("#run-summary tr").CountAsync());

        await page.ClickAsync($"[data-rerun='{runId}']");
        await page.WaitForSelectorAsync("#rerun-result");
        Assert.Equal($"Run {runId} reproduced: identical results.", await page.InnerTextAsync("#rerun-result"));
    }

    [Fact]
    public async Task ComparesTwoRuns_IssueByIssue()
    {
        var first = await MonteCarloAsync(100, 1);
        var second = await MonteCarloAsync(100, 2);

        var (page, _) = await fixture.OpenAsync("#runs");
        await page.CheckAsync($"tr[data-run='{first}'] input[type=checkbox]");
        await page.CheckAsync($"tr[data-run='{second}'] input[type=checkbox]");
        await page.ClickAsync("#compare");
        await page.WaitForSelectorAsync("#compare-table");

        Assert.Equal(["Issue", $"Run {first}", $"Run {second}"], await page.Locator("#compare-table th").AllInnerTextsAsync());
        Assert.Equal(6, await page.Locator("#compare-table tr").CountAsync());
    }
}
