using Statecraft.Scenarios.Formats;

namespace Statecraft.Scenarios.Tests;

/// <summary>Paths of the copied reference data and small helpers shared by the tests.</summary>
internal static class TestFiles
{
    public static string Data(string folder, string file) => Path.Combine(AppContext.BaseDirectory, "data", folder, file);

    /// <summary>The diagnostics as rendered, with the test data folder removed from file paths.</summary>
    public static string[] Messages(ScenarioReadResult result) =>
        [.. result.Diagnostics.Select(d => d.ToString().Replace(Path.Combine(AppContext.BaseDirectory, "data") + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal))];

    public static ScenarioReadResult Read(IScenarioFormat format, string text, string fileName, ScenarioReadOptions? options = null) =>
        format.Read(text.ReplaceLineEndings("\n"), fileName, options ?? ScenarioReadOptions.Default);
}
