using System.Globalization;
using Statecraft.Model.Uncertainty.Shocks;

namespace Statecraft.Runs;

/// <summary>Reads the <c>--shock</c> syntax: <c>drop:ACTOR</c>, <c>salience:ACTOR:ISSUE=S</c>, <c>position:ACTOR:ISSUE=X</c>, <c>capability:ACTOR=C</c>, <c>merge:A+B[=ID]</c>.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ShockParser
{
    /// <summary>The accepted forms, as quoted in error messages.</summary>
    public const string Syntax = "drop:ACTOR, salience:ACTOR:ISSUE=S, position:ACTOR:ISSUE=X, capability:ACTOR=C or merge:A+B[=ID]";

    /// <summary>Reads one shock.</summary>
    /// <param name="text">The shock as written, e.g. <c>drop:usa</c>.</param>
    /// <returns>The shock.</returns>
    /// <exception cref="UserInputException">The text is not one of the accepted forms, or its value is not a number.</exception>
    public static Shock Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw Bad(text);
        }

        var kind = text[..colon].Trim().ToLowerInvariant();
        var rest = text[(colon + 1)..].Trim();
        var (target, value) = SplitValue(rest);
        switch (kind)
        {
            case "drop" when value is null && target.Length > 0:
                return new DropActorShock(target);
            case "salience" when value is not null && Pair(target) is var (actor, issue):
                return new SalienceShock(actor, issue, Number(text, value));
            case "position" when value is not null && Pair(target) is var (actor, issue):
                return new PositionShock(actor, issue, Number(text, value));
            case "capability" when value is not null && target.Length > 0:
                return new CapabilityShock(target, Number(text, value));
            case "merge" when target.Split('+') is [var a, var b] && a.Trim().Length > 0 && b.Trim().Length > 0:
                return new MergeActorsShock(a.Trim(), b.Trim(), string.IsNullOrWhiteSpace(value) ? null : value.Trim());
            default:
                throw Bad(text);
        }
    }

    private static (string Target, string? Value) SplitValue(string rest)
    {
        var eq = rest.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (rest, null) : (rest[..eq].Trim(), rest[(eq + 1)..].Trim());
    }

    private static (string, string)? Pair(string target) =>
        target.Split(':') is [var a, var i] && a.Trim().Length > 0 && i.Trim().Length > 0 ? (a.Trim(), i.Trim()) : null;

    private static double Number(string text, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new UserInputException($"--shock {text}: '{value}' is not a number.");

    private static UserInputException Bad(string text) => new($"--shock {text}: expected {Syntax}.");
}
