using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Statecraft.Reports;
using Statecraft.Runs;
using Statecraft.Scenarios;
using Statecraft.Scenarios.Formats;

namespace Statecraft.Web.Tests.Api;

public sealed class ApiTests(StatecraftFactory factory) : IClassFixture<StatecraftFactory>
{
    private static string DefaultYaml() => NativeScenarioWriter.Write(BundledScenarios.Load(ScenarioResolver.DefaultScenario));

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Forecast_ReturnsExactlyTheCommandLinesJson()
    {
        using var client = factory.CreateClient();
        var yaml = DefaultYaml();

        var response = await client.PostAsJsonAsync("/api/forecast", new { name = "middle-east-2025", yaml, model = "eu", preset = "scholz-code" });

        response.EnsureSuccessStatusCode();
        var loaded = ScenarioResolver.ResolveText("middle-east-2025", yaml, ScenarioReadOptions.Default);
        var model = ModelResolver.Resolve("eu");
        var settings = ModelResolver.Settings(loaded.Scenario, model, "scholz-code", null, []);
        var seed = ForecastRunner.Seed(loaded, null);
        var expected = ForecastJsonWriter.Write(loaded.Scenario, ForecastRunner.Run(loaded, model, settings, seed, CancellationToken.None), ForecastRunner.Manifest(loaded));
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ForeignHost_Gets400()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/models");
        request.Headers.Host = "attacker.example";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Unknown host", (await Problem(response)).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:5178")]
    [InlineData("[::1]:5178")]
    public async Task LoopbackHost_IsServed(string host)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/models");
        request.Headers.Host = host;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OversizedUpload_Gets413()
    {
        using var client = factory.CreateClient();
        var text = new string('x', (int)StatecraftFactory.UploadLimit + 1);

        var response = await client.PostAsJsonAsync("/api/scenario/read", new { name = "big.yaml", text });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal($"The request body is larger than the limit of {StatecraftFactory.UploadLimit} bytes; start the app with --max-upload to raise it.", (await Problem(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task InvalidScenario_LocatedDiagnosticsOfValidate()
    {
        using var client = factory.CreateClient();
        var yaml = DefaultYaml().Replace("salience: 0.6", "salience: 1.7", StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("salience: 1.7", StringComparison.Ordinal)) + 1;

        var view = await (await client.PostAsJsonAsync("/api/scenario/read", new { name = "edited.yaml", text = yaml })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(JsonValueKind.Null, view.GetProperty("yaml").ValueKind);
        var d = view.GetProperty("diagnostics")[0];
        Assert.Equal(line, d.GetProperty("line").GetInt32());
        Assert.StartsWith($"edited.yaml:{line}:", d.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("1.7", d.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThousandsOfErrors_TheFirstHundredAreSent_AndTheRestCounted()
    {
        using var client = factory.CreateClient();
        var actors = string.Concat(Enumerable.Range(0, 150).Select(k => $"  - {{id: A{k}, name: A{k}, capability: x, stances: {{a: {{position: 50, salience: 1}}}}}}\n"));
        var yaml = "statecraft: 1\ntitle: x\nissues:\n  - {id: a, name: A}\nactors:\n" + actors;

        var view = await (await client.PostAsJsonAsync("/api/scenario/read", new { name = "many.yaml", text = yaml })).Content.ReadFromJsonAsync<JsonElement>();
        var forecast = await Problem(await client.PostAsJsonAsync("/api/forecast", new { name = "many.yaml", yaml }));

        Assert.Equal(150, view.GetProperty("errors").GetInt32());
        foreach (var diagnostics in new[] { view.GetProperty("diagnostics"), forecast.GetProperty("diagnostics") })
        {
            Assert.Equal(101, diagnostics.GetArrayLength());
            Assert.Equal("error", diagnostics[99].GetProperty("severity").GetString());
            Assert.Equal("note", diagnostics[100].GetProperty("severity").GetString());
            Assert.Equal("… 50 more errors not shown; the first 100 are above.", diagnostics[100].GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task ForecastOfInvalidScenario_400WithDiagnostics()
    {
        using var client = factory.CreateClient();
        var yaml = DefaultYaml().Replace("salience: 0.6", "salience: 1.7", StringComparison.Ordinal);

        var response = await client.PostAsJsonAsync("/api/forecast", new { name = "edited.yaml", yaml });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem(response);
        Assert.NotEqual(0, problem.GetProperty("diagnostics").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/forecast", """{"name":"x.yaml"}""", "yaml: missing; send the scenario's text.")]
    [InlineData("/api/forecast", "{not json", null)]
    [InlineData("/api/whatif", """{"name":"x.yaml","yaml":"statecraft: 1"}""", null)]
    [InlineData("/api/jobs", """{"yaml":"statecraft: 1","runs":0}""", null)]
    public async Task BadRequests_400WithAMessageAndNoStackTrace(string path, string body, string? detail)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await client.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem(response);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        if (detail is not null)
        {
            Assert.Equal(detail, problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task UnknownActorInAShock_LocatedMessage()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/whatif", new { name = "middle-east-2025", yaml = DefaultYaml(), shocks = new[] { "drop:NOBODY" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await Problem(response)).GetProperty("detail").GetString()!;
        Assert.StartsWith("--shock: ", detail, StringComparison.Ordinal);
        Assert.Contains("NOBODY", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionOutOfRange_400NamingTheOption()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/forecast", new { name = "middle-east-2025", yaml = DefaultYaml(), model = "compromise", settings = new Dictionary<string, string> { ["weighting"] = "nonsense" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("weighting", (await Problem(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonteCarloJob_RunsSavesAndReruns()
    {
        using var client = factory.CreateClient();
        var started = await (await client.PostAsJsonAsync("/api/jobs", new { name = "middle-east-2025", yaml = DefaultYaml(), method = "monte-carlo", runs = 200, seed = 3 })).Content.ReadFromJsonAsync<JsonElement>();
        var id = started.GetProperty("id").GetString();
        JsonElement status;
        do
        {
            await Task.Delay(50);
            status = await client.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}");
        }
        while (status.GetProperty("state").GetString() == "running");

        Assert.Equal("done", status.GetProperty("state").GetString());
        var runId = status.GetProperty("runId").GetInt64();
        var result = await client.GetStringAsync($"/api/jobs/{id}/result");
        Assert.Equal(result, await client.GetStringAsync($"/api/runs/{runId}/results"));
        var rerun = await (await client.PostAsJsonAsync($"/api/runs/{runId}/rerun", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(rerun.GetProperty("identical").GetBoolean());
    }

    [Fact]
    public async Task MonteCarloJob_CanBeCancelled_AndOtherRequestsAreServedMeanwhile()
    {
        using var client = factory.CreateClient();
        var started = await (await client.PostAsJsonAsync("/api/jobs", new { name = "middle-east-2025", yaml = DefaultYaml(), model = "eu", method = "monte-carlo", runs = 100000 })).Content.ReadFromJsonAsync<JsonElement>();
        var id = started.GetProperty("id").GetString();

        var forecast = await client.PostAsJsonAsync("/api/forecast", new { name = "middle-east-2025", yaml = DefaultYaml() });
        await client.DeleteAsync($"/api/jobs/{id}");
        JsonElement status;
        do
        {
            await Task.Delay(50);
            status = await client.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}");
        }
        while (status.GetProperty("state").GetString() == "running");

        forecast.EnsureSuccessStatusCode();
        Assert.Equal("cancelled", status.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Assets_AreEmbedded_AndPagesMayCallOnlyThisServer()
    {
        using var client = factory.CreateClient();

        var page = await client.GetAsync("/");
        var echarts = await client.GetAsync("/lib/echarts-6.1.0/echarts.min.js");
        var missing = await client.GetAsync("/nothing-here.js");

        page.EnsureSuccessStatusCode();
        echarts.EnsureSuccessStatusCode();
        Assert.Contains("connect-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True((await echarts.Content.ReadAsByteArrayAsync()).Length > 1_000_000);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await Problem(missing);
    }
}
