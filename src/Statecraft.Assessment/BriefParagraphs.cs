using System.Collections.Immutable;

namespace Statecraft.Assessment;

/// <summary>Groups a section's sentences into the paragraphs every renderer shows: headline, doubt, models, pulls, what-ifs.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class BriefParagraphs
{
    /// <summary>The paragraph of the "if …, then …" sentences, which renderers may show as a list.</summary>
    public const string WhatIf = "what-if";

    /// <summary>Returns the paragraph a topic belongs to.</summary>
    /// <param name="topic">A sentence topic.</param>
    /// <returns><c>headline</c>, <c>doubt</c>, <c>models</c>, <c>pulls</c>, <see cref="WhatIf"/>, <c>home-front</c>, <c>regime</c>, or the topic itself.</returns>
    public static string Of(string topic) => topic switch
    {
        "interval" or "threshold" or "shape" => "doubt",
        "models" or "agreement" => "models",
        "pull-up" or "pull-down" => "pulls",
        "if-input" or "if-shock" => WhatIf,
        "legitimacy" or "outbursts" or "event" => "home-front",
        "capability" or "salience" or "coupled" => "regime",
        _ => topic,
    };

    /// <summary>Splits sentences into runs of the same paragraph, in order.</summary>
    /// <param name="sentences">The sentences.</param>
    /// <returns>The paragraphs with their name.</returns>
    public static ImmutableArray<(string Paragraph, ImmutableArray<BriefSentence> Sentences)> Split(IEnumerable<BriefSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = ImmutableArray.CreateBuilder<(string, ImmutableArray<BriefSentence>)>();
        var current = new List<BriefSentence>();
        string? name = null;
        foreach (var s in sentences)
        {
            var p = Of(s.Topic);
            if (name is not null && p != name)
            {
                result.Add((name, [.. current]));
                current.Clear();
            }

            name = p;
            current.Add(s);
        }

        if (name is not null)
        {
            result.Add((name, [.. current]));
        }

        return result.ToImmutable();
    }
}
