using System.Collections.Immutable;

namespace Statecraft.Assessment;

/// <summary>One sentence of a brief: its topic, its text (a template filled with computed results) and the values it rests on.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Topic">What the sentence is about, e.g. <c>headline</c>, <c>interval</c>, <c>agreement</c>, <c>if-input</c>.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Values">The computed values it rests on, in the order the text names them.</param>
public sealed record BriefSentence(string Topic, string Text, ImmutableArray<SentenceValue> Values)
{
    /// <summary>Returns the value with this name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The value, or <see langword="null"/> when the sentence has none of that name.</returns>
    public double? Value(string name)
    {
        foreach (var v in Values)
        {
            if (v.Name == name)
            {
                return v.Value;
            }
        }

        return null;
    }
}
