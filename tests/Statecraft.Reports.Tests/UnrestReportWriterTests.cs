using Statecraft.Model.Domain;
using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Reports.Tests;

public sealed class UnrestReportWriterTests
{
    [Fact]
    public void Json_OpensWithTheSharedHeader_SeedNullWhenTheRunHasNone()
    {
        // A run with no root seed writes "seed": null, as every other JSON output does (it left the member out before),
        // and a preset run writes "scenario": null.
        var run = new UnrestRun(UnrestOptions.FromPreset(UnrestPreset.Statecraft), [new UnrestTick(0, 3, 1, 0, 0.8)]);
        var parameters = ModelSettings.Empty.With("legitimacy", "0.8").With("Cop-Density", "0.04");

        var json = UnrestReportWriter.Json(run, "statecraft", parameters, new RunManifest(string.Empty, string.Empty, "0.1.0"));

        Assert.StartsWith(
            """
            {
              "scenario": null,
              "preset": "statecraft",
              "seed": null,
              "parameters": {
                "Cop-Density": "0.04",
                "legitimacy": "0.8"
              },
              "manifest": {
                "toolVersion": "0.1.0",
                "scenarioHash": ""
              },
              "outbursts": 0,
            """.ReplaceLineEndings("\n"),
            json,
            StringComparison.Ordinal);
    }
}
