namespace Statecraft.Scenarios.Dto;

/// <summary>A 1-based line and column in an input file; zero means unknown.</summary>
internal readonly record struct SourceSpan(int Line, int Column)
{
    public static SourceSpan None => default;

    public bool IsKnown => Line > 0;
}

/// <summary>A text value as written, with where it was written.</summary>
internal sealed record TextValue(string Text, SourceSpan At);

/// <summary>A number as parsed (possibly NaN or infinite, which the validator reports), its text and where it was written.</summary>
internal sealed record NumberValue(double Value, string Text, SourceSpan At);
