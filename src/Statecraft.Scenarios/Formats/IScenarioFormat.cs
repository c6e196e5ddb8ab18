namespace Statecraft.Scenarios.Formats;

/// <summary>A scenario file format: detects, reads (with full validation) and optionally writes scenarios.</summary>
/// <remarks>Implementations are pure (text in, scenario or diagnostics out), stateless and thread-safe.</remarks>
public interface IScenarioFormat
{
    /// <summary>Gets the format's short name, e.g. <c>yaml</c>, <c>ktab-csv</c>, <c>deu</c>.</summary>
    string Name { get; }

    /// <summary>Gets a one-line description with its source.</summary>
    string Description { get; }

    /// <summary>Gets the usual file extensions, lower-case with the dot (e.g. <c>.csv</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Returns whether this format recognises the file from its name and first characters.</summary>
    /// <param name="fileName">The file name as given.</param>
    /// <param name="head">Up to the first 4,096 characters of the text.</param>
    /// <returns><see langword="true"/> when the content looks like this format.</returns>
    bool CanRead(string fileName, ReadOnlySpan<char> head);

    /// <summary>Reads and validates a scenario; every problem is reported, none is thrown.</summary>
    /// <param name="text">The whole file text.</param>
    /// <param name="fileName">The file name used in diagnostics.</param>
    /// <param name="options">Reader options (e.g. a DEU weights table).</param>
    /// <returns>The scenario when there are no errors, and every diagnostic found.</returns>
    ScenarioReadResult Read(string text, string fileName, ScenarioReadOptions options);
}
