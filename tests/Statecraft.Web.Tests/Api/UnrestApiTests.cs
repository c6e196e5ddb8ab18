using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Statecraft.Model.Domain;
using Statecraft.Model.Unrest.Options;
using Statecraft.Reports;
using Statecraft.Runs;

namespace Statecraft.Web.Tests.Api;

public sealed class UnrestApiTests(StatecraftFactory factory) : IClassFixture<StatecraftFactory>
{
    private static (string Json, string Csv) CommandLine(string preset, string run, int ticks, ulong seed)
    {
        var parameters = ModelSettings.Empty.With("preset", preset).With("run", run);
        var result = UnrestRunner.Run(UnrestSettings.Read(parameters), ticks, seed, null, CancellationToken.None);
        return (UnrestReportWriter.Json(result, preset, parameters, RunManifest.WithoutScenario), UnrestReportWriter.Csv(result.Ticks));
    }

    [Fact]
    public async Task Unrest_ReturnsExactlyTheCommandLinesJsonAndCsv()
    {
        using var client = factory.CreateClient();
        var (json, csv) = CommandLine("netlogo", "2", 60, 9);

        var asJson = await client.PostAsJsonAsync("/api/unrest", new { preset = "netlogo", run = "2", ticks = 60, seed = 9 });
        var asCsv = await client.PostAsJsonAsync("/api/unrest", new { preset = "netlogo", run = "2", ticks = 60, seed = 9, format = "csv" });

        Assert.Equal(json, await asJson.Content.ReadAsStringAsync());
        Assert.Equal(csv, await asCsv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Lattice_EveryFrameAgreesWithTheCountsOfTheSameRun()
    {
        using var client = factory.CreateClient();
        var counts = await (await client.PostAsJsonAsync("/api/unrest", new { preset = "statecraft", run = "2", ticks = 80, seed = 5 })).Content.ReadFromJsonAsync<JsonElement>();

        var lattice = await (await client.PostAsJsonAsync("/api/unrest/lattice", new { preset = "statecraft", run = "2", ticks = 80, seed = 5 })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(40, lattice.GetProperty("width").GetInt32());
        Assert.Equal(40, lattice.GetProperty("height").GetInt32());
        var frames = lattice.GetProperty("frames").EnumerateArray().ToList();
        var ticks = counts.GetProperty("ticks").EnumerateArray().ToList();
        Assert.Equal(81, frames.Count);
        var sawActive = false;
        for (var t = 0; t < frames.Count; t++)
        {
            var cells = frames[t].GetProperty("cells").GetString()!;
            Assert.Equal(40 * 40, cells.Length);
            Assert.Equal(t, frames[t].GetProperty("tick").GetInt32());
            foreach (var (field, symbol) in new[] { ("quiet", '1'), ("active", '2') })
            {
                Assert.Equal(ticks[t].GetProperty(field).GetInt32(), frames[t].GetProperty(field).GetInt32());
                Assert.Equal(frames[t].GetProperty(field).GetInt32(), cells.Count(c => c == symbol));
            }

            Assert.Equal(ticks[t].GetProperty("jailed").GetInt32(), frames[t].GetProperty("jailed").GetInt32());
            Assert.Equal(frames[t].GetProperty("cops").GetInt32(), cells.Count(c => c == '3'));
            sawActive |= frames[t].GetProperty("active").GetInt32() > 0;
        }

        Assert.True(sawActive);
    }

    [Fact]
    public async Task Lattice_TooManyFrames_400SayingHowManyTicksFit()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/unrest/lattice", new { preset = "statecraft", ticks = 2000, settings = new Dictionary<string, string> { ["width"] = "100", ["height"] = "100" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ticks 2000 on a 100 × 100 lattice is more than the animation holds (4,000,000 sites over all frames); use at most 399 ticks.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unrest_TicksOutOfRange_400()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/unrest", new { preset = "statecraft", ticks = 5000 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ticks 5000 is outside [0, 2000].", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
