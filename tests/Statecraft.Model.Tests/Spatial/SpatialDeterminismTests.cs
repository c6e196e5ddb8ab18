using Statecraft.Model.Spatial;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Tests.Spatial;

/// <summary>Same inputs and seed give bit-identical results whatever the thread count (§3.19, §1.7).</summary>
public sealed class SpatialDeterminismTests
{
    public static TheoryData<string> Transitions() => new() { "deterministic", "stochastic" };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Run_OneTwoAndThreeThreads_AreBitIdentical(string transitions)
    {
        // Given 40 actors in 2 dimensions (enough for the parallel chunks to engage)
        var problem = SmpTestProblems.Random(11, 40, 2);
        var options = SmpOptions.Default with { StateTransitions = transitions == "stochastic" ? SmpStateTransitions.Stochastic : SmpStateTransitions.Deterministic, MaxTurns = 8 };

        // When it runs on 1, 2 and 3 threads
        var runs = new[] { 1, 2, 3 }.Select(t => SmpSimulation.Run(problem, options, 77, t)).ToArray();

        // Then every number of every state is bit-identical
        foreach (var other in runs.Skip(1))
        {
            Assert.Equal(runs[0].Turns, other.Turns);
            for (var t = 0; t < runs[0].States.Length; t++)
            {
                Assert.Equal(runs[0].States[t].Positions.ToArray(), other.States[t].Positions.ToArray());
                Assert.Equal(runs[0].States[t].WinProbabilities.ToArray(), other.States[t].WinProbabilities.ToArray());
                Assert.Equal(runs[0].States[t].RiskAttitudes.ToArray(), other.States[t].RiskAttitudes.ToArray());
            }

            Assert.Equal(runs[0].Moves.Select(m => (m.Turn, m.Actor, m.Initiator, m.ChoiceProbability)), other.Moves.Select(m => (m.Turn, m.Actor, m.Initiator, m.ChoiceProbability)));
        }
    }

    [Fact]
    public void Stochastic_SameSeed_SameRun_OtherSeed_OtherRun()
    {
        var problem = SmpTestProblems.Random(3, 20, 2);
        var options = SmpOptions.Default with { StateTransitions = SmpStateTransitions.Stochastic, MaxTurns = 10 };
        var a = SmpSimulation.Run(problem, options, 5);
        var b = SmpSimulation.Run(problem, options, 5);
        var c = SmpSimulation.Run(problem, options, 6);
        Assert.Equal(a.States.SelectMany(s => s.Positions), b.States.SelectMany(s => s.Positions));
        Assert.NotEqual(a.States.SelectMany(s => s.Positions), c.States.SelectMany(s => s.Positions));
    }
}
