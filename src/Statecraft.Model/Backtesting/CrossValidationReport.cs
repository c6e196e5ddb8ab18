using System.Collections.Immutable;

namespace Statecraft.Model.Backtesting;

/// <summary>The result of a cross-validated backtest under one scheme.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Scheme">The scheme.</param>
/// <param name="Models">The models, the compromise first.</param>
/// <param name="Issues">The number of issues with an outcome.</param>
/// <param name="Groups">The number of groups (proposals) among them.</param>
/// <param name="Repeats">The k-fold repetitions (1 for the other schemes).</param>
/// <param name="Folds">The k-fold folds (0 for the other schemes).</param>
public sealed record CrossValidationReport(
    CrossValidationScheme Scheme,
    ImmutableArray<CrossValidatedModel> Models,
    int Issues,
    int Groups,
    int Repeats,
    int Folds)
{
    /// <summary>Gets the scheme's name as written on the command line: <c>proposal</c>, <c>kfold</c>, <c>period</c> or <c>procedure</c>.</summary>
    public string SchemeName => NameOf(Scheme);

    /// <summary>Returns a scheme's name as written on the command line.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns><c>proposal</c>, <c>kfold</c>, <c>period</c> or <c>procedure</c>.</returns>
    public static string NameOf(CrossValidationScheme scheme) => scheme.ToString().ToLowerInvariant();

    /// <summary>Looks up a model's rows by name.</summary>
    /// <param name="name">The name (ordinal, case-insensitive).</param>
    /// <returns>The model's rows, or <see langword="null"/>.</returns>
    public CrossValidatedModel? For(string name) =>
        Models.FirstOrDefault(m => string.Equals(m.Model, name, StringComparison.OrdinalIgnoreCase));
}
