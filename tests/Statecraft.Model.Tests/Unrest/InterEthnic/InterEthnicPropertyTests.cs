using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.InterEthnic;
using Statecraft.Model.Unrest.InterEthnic.Options;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Tests.Unrest.InterEthnic;

/// <summary>Invariants of Model II over random small worlds, switches and seeds.</summary>
public class InterEthnicPropertyTests
{
    [Property(MaxTest = 40)]
    public Property AnyWorld_BookkeepingAndOccupancyHoldEveryTick(ulong seed, byte size, byte density, byte copDensity, byte legitimacy, byte share, bool always, bool literal, bool staggered)
    {
        // Given a random small world: side 5–16, densities, L in [0, 1), either activation, Floor or Literal rule, either initial age,
        var side = 5 + (size % 12);
        var agents = (density % 90) / 100.0;
        var options = new InterEthnicOptions
        {
            Width = side,
            Height = side,
            AgentDensity = agents,
            CopDensity = Math.Min(1 - agents, (copDensity % 15) / 100.0),
            BlueLegitimacy = (legitimacy % 100) / 100.0,
            GreenLegitimacy = ((legitimacy * 7) % 100) / 100.0,
            BlueShare = (share % 101) / 100.0,
            KillingActivation = always ? KillingActivation.Always : KillingActivation.TargetInView,
            ArrestRatioRule = literal ? ArrestRatioRule.Literal : ArrestRatioRule.Floor,
            InitialAge = staggered ? InitialAge.Staggered : InitialAge.Newborn,
            MaxAge = 30,
            MaxJailTerm = 4,
            CloneProbability = 0.2,
            CopWithdrawalTick = 20,
        };
        var simulation = InterEthnicSimulation.Create(options, new Xoshiro256StarStar(seed));
        InterEthnicChecks.AssertConsistent(simulation);

        // When 30 ticks run, Then sites, agents and counts agree, and the population changes by births − deaths − killings.
        var previous = simulation.Counts;
        for (var t = 0; t < 30; t++)
        {
            var counts = simulation.Step();
            InterEthnicChecks.AssertConsistent(simulation);
            if (counts.Population - previous.Population != counts.Births - counts.Deaths - counts.Killed)
            {
                return false.Label($"tick {counts.Tick}: {previous} → {counts}");
            }

            previous = counts;
        }

        return true.ToProperty();
    }
}
