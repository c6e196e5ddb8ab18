namespace Statecraft.Web.Endpoints;

/// <summary>The JSON body of an uploaded scenario or data set: its text, the file name it came from, and the reader options.</summary>
internal sealed record ScenarioBody
{
    public string? Name { get; init; }

    public string? Text { get; init; }

    public string? Format { get; init; }

    public string? Capability { get; init; }

    /// <summary>DEU data: the text of a Council weight table used as capability.</summary>
    public string? Weights { get; init; }

    /// <summary>Backtest: comma-separated models to score.</summary>
    public string? Models { get; init; }

    public ulong? Seed { get; init; }
}
