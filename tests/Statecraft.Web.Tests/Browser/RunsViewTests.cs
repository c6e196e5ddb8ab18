using System.Net.Http.Json;
using System.Text.Json;

namespace Statecraft.Web.Tests.Browser;

public sealed class RunsViewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task OpensARunFromTheStore_AndRerunsItIdentically()
    {
        using var client = new HttpClient { BaseAddress = new Uri(fixture.Address) };
        var yaml = (await client.GetFromJsonAsync<JsonElement>("/api/scenarios/middle-east-2025")).GetProperty("yaml").GetString();
        var job = await (await client.PostAsJsonAsync("/api/jobs", new { name = "middle-east-2025", yaml, runs = 200 })).Content.ReadFromJsonAsync<JsonElement>();
        JsonElement status;
        do
        {
            await Task.Delay(50);
            status = await client.GetFromJsonAsync<JsonElement>($"/api/jobs/{job.GetProperty("id").GetString()}");
        }
        while (status.GetProperty("state").GetString() == "running");
        Assert.Equal("done", status.GetProperty("state").GetString());
        var runId = status.GetProperty("runId").GetInt64();

        var (page, _) = await fixture.OpenAsync("#runs");
        await page.ClickAsync($"[data-open='{runId}']");
        await page.WaitForSelectorAsync("#run-summary");
        Assert.Equal(6, await page.Locator("#run-summary tr").CountAsync());

        await page.ClickAsync($"[data-rerun='{runId}']");
        await page.WaitForSelectorAsync("#rerun-result");
        Assert.Equal($"Run {runId} reproduced: identical results.", await page.InnerTextAsync("#rerun-result"));
    }
}
