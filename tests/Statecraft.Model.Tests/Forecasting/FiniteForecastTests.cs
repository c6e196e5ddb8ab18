using System.Globalization;
using FsCheck.Xunit;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Randomness;
using Statecraft.Model.Spatial;

namespace Statecraft.Model.Tests.Forecasting;

/// <summary>No model prints NaN or Infinity for valid input: every model of the catalogue, on random scenarios anywhere
/// within the bounds the validator accepts (docs/reliability.md), gives a finite forecast, finite rounds, pulls,
/// metrics and events.</summary>
public sealed class FiniteForecastTests
{
    /// <summary>The validator's bounds (SC1210): capability in [1e-9, 1e9], scale ends in [-1e9, 1e9], max − min ≥ 1e-9.</summary>
    private const double MinCapability = 1e-9;

    private const double MaxCapability = 1e9;

    private const double MaxScaleEnd = 1e9;

    private const double MinScaleWidth = 1e-9;

    [Property(MaxTest = 150)]
    public void EveryModel_RandomValidScenario_GivesFiniteNumbers(int seed)
    {
        // Given
        var scenario = RandomScenario(seed);

        foreach (var model in ModelCatalog.All)
        {
            // When
            var forecast = Run(model, scenario, seed);

            // Then
            var where = string.Create(CultureInfo.InvariantCulture, $"model {model.Name}, seed {seed}");
            Assert.Equal(scenario.Issues.Length, forecast.Issues.Length);
            foreach (var f in forecast.Issues)
            {
                Finite(f.Value ?? double.NaN, $"{where}, issue {f.IssueId}: forecast");
                foreach (var r in f.Rounds)
                {
                    Finite(r.Median, $"{where}, issue {f.IssueId}, round {r.Round}: median");
                    Finite(r.Mean, $"{where}, issue {f.IssueId}, round {r.Round}: mean");
                    Assert.All(r.Positions, p => Finite(p.Value, $"{where}, issue {f.IssueId}, round {r.Round}: position of {p.ActorId}"));
                }

                Assert.All(f.Pulls, p => Finite(p.Value, $"{where}, issue {f.IssueId}: pull of {p.ActorId}"));
                Assert.All(f.Metrics, m => Finite(m.Value, $"{where}, issue {f.IssueId}: metric {m.Key}"));
                Assert.All(f.Events, e => Finite(e.From + e.To, $"{where}, issue {f.IssueId}: event {e.Kind} of {e.ActorId}"));
            }
        }
    }

    /// <summary>Runs the model with its defaults; where the spatial model stops at one of KTAB's own aborts (a documented
    /// exit, not an output), runs it again past the check (<c>mode=corrected</c>), whose output must then be finite.</summary>
    private static Forecast Run(IForecastModel model, Scenario scenario, int seed)
    {
        var context = new ModelRunContext(unchecked((ulong)(uint)seed));
        try
        {
            return model.Run(scenario, ModelSettings.Empty, context);
        }
        catch (SmpSanityCheckException)
        {
            return model.Run(scenario, ModelSettings.From([new("mode", "corrected")]), context);
        }
    }

    private static void Finite(double value, string what) =>
        Assert.True(double.IsFinite(value), $"{what} is {value.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>A scenario of 1–7 actors and 1–3 issues with every number drawn across its whole valid range: capabilities
    /// log-uniform over [1e-9, 1e9], scales from 1e-9 wide to [-1e9, 1e9], positions anywhere on the scale (often at an
    /// end), saliences in [0, 1] (often 0 or 1; every issue has one positive), some actors silent on some issues, an
    /// optional reference point and a stance capability on some stances.</summary>
    private static Scenario RandomScenario(int seed)
    {
        var rng = new Xoshiro256StarStar(SeedSequence.Derive(7, unchecked((ulong)(uint)seed)));
        var actors = Enumerable.Range(0, 1 + Pick(rng, 7)).Select(k => new Actor($"a{k}", $"Actor {k}", Capability(rng))).ToArray();
        var issues = Enumerable.Range(0, 1 + Pick(rng, 3)).Select(d =>
        {
            var scale = Scale(rng);
            return new Issue($"i{d}", $"Issue {d}", scale) { ReferencePoint = Pick(rng, 2) == 0 ? Position(rng, scale) : null };
        }).ToArray();
        var stances = new List<Stance>();
        foreach (var issue in issues)
        {
            var holders = actors.Where((_, k) => k == 0 || Pick(rng, 5) > 0).ToArray();
            var positive = Pick(rng, holders.Length);
            for (var k = 0; k < holders.Length; k++)
            {
                var salience = Pick(rng, 4) switch
                {
                    0 => 0.0,
                    1 => 1.0,
                    _ => rng.NextDouble(),
                };
                stances.Add(new Stance(holders[k].Id, issue.Id, Position(rng, issue.Scale), k == positive ? Math.Max(salience, 1e-9) : salience,
                    Pick(rng, 6) == 0 ? Capability(rng) : null));
            }
        }

        return new Scenario(new ScenarioMetadata(string.Create(CultureInfo.InvariantCulture, $"Random {seed}")), actors, issues, stances);
    }

    private static int Pick(Xoshiro256StarStar rng, int n) => (int)(rng.NextDouble() * n);

    private static double Capability(Xoshiro256StarStar rng) =>
        Pick(rng, 5) switch
        {
            0 => MinCapability,
            1 => MaxCapability,
            _ => Math.Exp(Math.Log(MinCapability) + (rng.NextDouble() * (Math.Log(MaxCapability) - Math.Log(MinCapability)))),
        };

    private static IssueScale Scale(Xoshiro256StarStar rng)
    {
        switch (Pick(rng, 4))
        {
            case 0:
                return new IssueScale(-MaxScaleEnd, MaxScaleEnd);
            case 1:
                {
                    // The narrowest scale a file can give: 1e-9 wide is representable only near 0 (at 1e9 a double's step is 1e-7).
                    var min = (rng.NextDouble() * 2000) - 1000;
                    return new IssueScale(min, min + (2 * MinScaleWidth));
                }

            case 2:
                return IssueScale.Percent;
            default:
                {
                    var a = (rng.NextDouble() * 2 * MaxScaleEnd) - MaxScaleEnd;
                    var b = (rng.NextDouble() * 2 * MaxScaleEnd) - MaxScaleEnd;
                    return Math.Abs(a - b) < MinScaleWidth ? IssueScale.Percent : new IssueScale(Math.Min(a, b), Math.Max(a, b));
                }
        }
    }

    private static double Position(Xoshiro256StarStar rng, IssueScale scale) =>
        Pick(rng, 4) switch
        {
            0 => scale.Min,
            1 => scale.Max,
            _ => Math.Clamp(scale.Min + (rng.NextDouble() * scale.Range), scale.Min, scale.Max),
        };
}
