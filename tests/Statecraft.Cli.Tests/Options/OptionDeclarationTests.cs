using System.Text.RegularExpressions;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.TwoFronts.Options;
using Statecraft.Model.Unrest.InterEthnic.Options;
using Statecraft.Model.Unrest.Options;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Options;

/// <summary>
/// Walks the option declarations of every model (each forecast model, unrest Models I and II, the two-front coupling)
/// and checks that help, parsing and validation agree with them: every declared default is read back and accepted
/// (and gives the same result as leaving the option out), every value just outside a declared range or list is
/// refused with that range in the message, an unknown name is refused the same way by every model with the nearest
/// name suggested, and <c>statecraft models</c> shows what is declared.
/// </summary>
public sealed partial class OptionDeclarationTests
{
    private static readonly Scenario Scenario = SyntheticScenarios.Create(4, 2, seed: 7);

    /// <summary>Each owner of options: what the messages call it, its declarations, and the reader the product uses (also walked by the docs check of option spellings).</summary>
    internal static readonly Dictionary<string, (IReadOnlyList<ModelOption> Options, Func<ModelSettings, object> Read)> Owners = BuildOwners();

    public static TheoryData<string, string> EveryOption()
    {
        var data = new TheoryData<string, string>();
        foreach (var (owner, (options, _)) in Owners)
        {
            foreach (var option in options)
            {
                data.Add(owner, option.Name);
            }
        }

        return data;
    }

    public static TheoryData<string> EveryOwner() => [.. Owners.Keys];

    [Theory]
    [MemberData(nameof(EveryOption))]
    public void DeclaredDefault_IsAccepted_AndActsAsTheDefault(string owner, string name)
    {
        var (options, read) = Owners[owner];
        var option = options.Single(o => o.Name == name);
        if (!option.DefaultReadsBack)
        {
            return;
        }

        var explicitly = read(ModelSettings.Empty.With(name, option.DefaultText));

        // Unrest Model II starts from its named run, whose values are not all the option defaults; the others must match.
        if (owner != "unrest Model II")
        {
            Assert.Equal(Describe(read(ModelSettings.Empty)), Describe(explicitly));
        }
    }

    [Theory]
    [MemberData(nameof(EveryOption))]
    public void ValueJustOutside_IsRefused_WithTheDeclaredRange(string owner, string name)
    {
        var (options, read) = Owners[owner];
        var option = options.Single(o => o.Name == name);
        foreach (var value in option.JustOutside)
        {
            var e = Assert.Throws<ModelOptionException>(() => read(ModelSettings.Empty.With(name, value)));
            Assert.Equal(name, e.Option);
            Assert.Contains(option.Allowed, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryRangeOrList_HasValuesJustOutside()
    {
        var untested = Owners.Values.SelectMany(o => o.Options)
            .Where(o => o.JustOutside.Count == 0 && o is not TextOption)
            .Select(o => o.Name);

        Assert.Empty(untested);
    }

    [Theory]
    [MemberData(nameof(EveryOwner))]
    public void UnknownName_IsRefusedTheSameWay_WithTheNearestNameSuggested(string owner)
    {
        var (options, read) = Owners[owner];
        if (options.Count == 0)
        {
            var none = Assert.Throws<ModelOptionException>(() => read(ModelSettings.Empty.With("weighting", "salience")));
            Assert.Equal($"{owner} has no option 'weighting'; it has no options.", none.Message);
            return;
        }

        var name = options.First(o => o.Name.Length > 4).Name;
        var typo = name[..^2] + name[^1] + name[^2];

        var e = Assert.Throws<ModelOptionException>(() => read(ModelSettings.Empty.With(typo, "1")));

        Assert.Equal(
            $"{owner} has no option '{typo}'; its options are {string.Join(", ", options.Select(o => o.Name))}. Did you mean '{name}'?",
            e.Message);
    }

    [Fact]
    public void ModelsListing_ShowsEveryDeclaredOption_WithItsAllowedValues()
    {
        var (code, output) = CliRunner.Run("models");
        Assert.Equal(0, code);
        var flat = Whitespace().Replace(output, string.Empty);
        foreach (var option in Owners.Values.SelectMany(o => o.Options))
        {
            Assert.Contains(option.Name, output, StringComparison.Ordinal);

            // A short cell is never wrapped, so it appears whole; longer ones are pinned by the models.txt snapshot.
            if (option.Allowed.Length <= 24)
            {
                Assert.Contains(Whitespace().Replace(option.Allowed, string.Empty), flat, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Alpha_HelpShowsTheCapThatIsEnforced() =>
        Assert.Equal("[0, 1000000]", TwoFrontOptions.Options.Single(o => o.Name == "alpha").Allowed);

    private static Dictionary<string, (IReadOnlyList<ModelOption>, Func<ModelSettings, object>)> BuildOwners()
    {
        var owners = new Dictionary<string, (IReadOnlyList<ModelOption>, Func<ModelSettings, object>)>(StringComparer.Ordinal);
        foreach (var model in ModelCatalog.All)
        {
            owners[$"model '{model.Name}'"] = (model.Options, s => model.Run(Scenario, s, new ModelRunContext(11)));
        }

        owners["unrest Model I"] = (UnrestSettings.Options, s => UnrestSettings.Read(s));
        owners["unrest Model II"] = (InterEthnicSettings.Options, s => InterEthnicSettings.Read(s));
        owners["the two-front coupling"] = (TwoFrontOptions.Options, s => TwoFrontOptions.FromSettings(s));
        return owners;
    }

    // Forecasts compare by their values per issue; option records by value.
    private static string Describe(object result) => result is Forecast f
        ? string.Join("; ", f.Issues.Select(i => $"{i.IssueId}={i.Value:R}"))
        : result.ToString()!;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
