using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Formats.Ktab;

namespace Statecraft.Scenarios.Tests;

/// <summary>Every shipped data file loads through the loader, with format detection, and survives a round trip through native YAML.</summary>
public sealed class ShippedDataTests
{
    public static TheoryData<string, string, string> Files => new()
    {
        { "bdm", "argentina_unsourced.csv", "actor-table" },
        { "bdm", "china_dmasad.csv", "actor-table" },
        { "bdm", "emission_bdm1994.csv", "actor-table" },
        { "bdm", "greece2015_blog.csv", "actor-table" },
        { "bdm", "iran2013_preana.csv", "actor-table" },
        { "bdm", "sultan_bdm1997.csv", "actor-table" },
        { "bdm", "synthetic_n10.csv", "actor-table" },
        { "bdm", "synthetic_n50.csv", "actor-table" },
        { "bdm", "synthetic_n100.csv", "actor-table" },
        { "bdm", "synthetic_n200.csv", "actor-table" },
        { "bdm", "uk_emu_conservative_gov.csv", "actor-table" },
        { "bdm", "uk_emu_labour_gov.csv", "actor-table" },
        { "bdm", "zimbabwe_mugabe.csv", "actor-table" },
        { "ktab", "SOE-Competitive.csv", "ktab-csv" },
        { "ktab", "SOE-Pol-Comp.csv", "ktab-csv" },
        { "ktab", "SOE-Policy.csv", "ktab-csv" },
        { "ktab", "dummyData-a040.csv", "ktab-csv" },
        { "ktab", "dummyData-a080.csv", "ktab-csv" },
        { "ktab", "dummyData-a160.csv", "ktab-csv" },
        { "ktab", "dummyData_3Dim.csv", "ktab-csv" },
        { "ktab", "dummyData_6Dim.csv", "ktab-csv" },
        { "ktab", "dummyData_3Dim.xml", "ktab-xml" },
        { "ktab", "smpExample.xml", "ktab-xml" },
        { "exchange", "sample_data.txt", "decide" },
        { "exchange", "copenhagen.csv", "decide" },
        { "exchange", "cop21.csv", "decide" },
    };

    /// <summary>The one explicit override the shipped files need: smpExample.xml leaves Alice's first position empty
    /// (an earlier version of the file had 52.8 there; §3.18).</summary>
    private static ScenarioReadOptions OptionsFor(string file) => file == "smpExample.xml"
        ? new ScenarioReadOptions { Values = ScenarioReadOptions.Default.Values.SetItem(KtabXmlFormat.FillPositionOption, "Alice/FirstDim=52.8") }
        : ScenarioReadOptions.Default;

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_ShippedFile_DetectsFormatAndReads(string folder, string file, string format)
    {
        // Given
        var path = TestFiles.Data(folder, file);
        Assert.True(ScenarioFormats.TryDetect(path, File.ReadAllText(path).AsSpan(), null, out var detected, out var problem), problem?.ToString());

        // When
        var result = ScenarioLoader.Read(path, OptionsFor(file));

        // Then
        Assert.Equal(format, detected!.Name);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.NotEmpty(result.Scenario!.Actors);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Convert_ShippedFile_RoundTripsThroughNativeYaml(string folder, string file, string format)
    {
        // Given
        var original = ScenarioLoader.Load(TestFiles.Data(folder, file), OptionsFor(file));

        // When
        var yaml = NativeScenarioWriter.Write(original);
        var back = new Scenarios.Formats.Yaml.YamlScenarioFormat().Read(yaml, file + ".yaml", ScenarioReadOptions.Default);

        // Then
        Assert.True(back.IsValid, format + "\n" + string.Join("\n", back.Diagnostics) + "\n" + yaml);
        Assert.True(original.ContentEquals(back.Scenario), yaml);
    }
}
