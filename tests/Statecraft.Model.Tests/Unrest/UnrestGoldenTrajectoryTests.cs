using System.Globalization;
using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Tests.Unrest;

/// <summary>Pinned trajectories: every variant must replay the same draws in the same order, tick for tick.</summary>
/// <remarks>
/// Each case runs a seeded simulation and hashes (FNV-1a, 64 bits) the per-tick series (Q, A, J, bits of L) and the
/// final state (every agent's state, site and term, every cop's site, every L_i). The pinned values were recorded
/// from the kernel before its speed work (prefetching, the generic random source, the arrest-probability table), so a
/// change to any hash means the simulation no longer makes the same random draws in the same order, or counts
/// differently.
/// </remarks>
public class UnrestGoldenTrajectoryTests
{
    private static readonly Dictionary<string, (UnrestOptions Options, ulong Seed, int Ticks)> Cases = new()
    {
        ["statecraft-run2-a"] = (UnrestRuns.Run(2), 1, 200),
        ["statecraft-run2-b"] = (UnrestRuns.Run(2), 2, 200),
        ["netlogo-run2"] = (UnrestRuns.Run(2, UnrestPreset.NetLogo), 3, 200),
        ["mesa"] = (UnrestOptions.FromPreset(UnrestPreset.Mesa), 4, 200),
        ["paper-text-run2"] = (UnrestRuns.Run(2, UnrestPreset.PaperText), 5, 200),
        ["run1-frozen"] = (UnrestRuns.Run(1), 6, 200),
        ["run3-salami"] = (UnrestRuns.Run(3), 7, 200),
        ["run4-jump"] = (UnrestRuns.Run(4), 8, 200),
        ["run5-cop-removal"] = (UnrestRuns.Run(5) with { CopRemoval = new CopRemoval(20, 180) }, 9, 200),
        ["linear-erosion"] = (UnrestRuns.Run(2) with { LegitimacyLaw = new LinearErosionLegitimacy(0.002) }, 10, 200),
        ["lemos-local"] = (UnrestRuns.Run(2) with
        {
            Legitimacy = 0.75,
            LegitimacyLaw = new LemosFeedbackLegitimacy { PerceptionScope = LegitimacyScope.Local },
        }, 11, 200),
        ["synthesis-local"] = (UnrestRuns.Run(2) with { LegitimacyLaw = Synthesis(LegitimacyScope.Local) }, 12, 200),
        ["synthesis-global"] = (UnrestRuns.Run(2) with { LegitimacyLaw = Synthesis(LegitimacyScope.Global) }, 13, 200),
        ["moore"] = (UnrestRuns.Run(2) with { VisionMetric = VisionMetric.Moore }, 14, 200),
        ["von-neumann"] = (UnrestRuns.Run(2) with { VisionMetric = VisionMetric.VonNeumann }, 15, 200),
        ["act-then-move"] = (UnrestRuns.Run(2) with { Order = ActivationOrder.ActThenMove }, 16, 200),
        ["jail-blocking-own-activation"] = (UnrestRuns.Run(2) with
        {
            Legitimacy = 0.75,
            JailPlacement = JailPlacement.OnLatticeBlocking,
            JailCountdown = JailCountdown.OwnActivation,
        }, 17, 200),
        ["jail-empty-cop-steps"] = (UnrestRuns.Run(2) with
        {
            Legitimacy = 0.75,
            JailPlacement = JailPlacement.OnLatticeEmpty,
            CopStepsOntoArrest = true,
            SelfCount = SelfCount.NetLogoDouble,
        }, 18, 200),
        ["half-up-deterrence-own-site"] = (UnrestRuns.Run(2) with
        {
            ArrestRatioRule = ArrestRatioRule.RoundHalfUp,
            JailDeterrenceExponent = 0.5,
            CountOwnSiteCops = true,
        }, 19, 200),
        ["bernoulli-dense"] = (UnrestRuns.Run(2) with
        {
            Placement = PlacementRule.Bernoulli,
            AgentDensity = 0.85,
            CopDensity = 0.1,
            Legitimacy = 0.7,
        }, 20, 200),
        ["asymmetric-vision"] = (UnrestRuns.Run(2) with { Width = 30, Height = 45, AgentVision = 3, CopVision = 5.5 }, 21, 200),
        ["lattice-100"] = (UnrestRuns.Run(2) with { Width = 100, Height = 100 }, 22, 200),
        ["mesa-100"] = (UnrestOptions.FromPreset(UnrestPreset.Mesa) with { Width = 100, Height = 100 }, 23, 100),

        // Above 16,384 actors the kernel prefetches ahead of the activation order.
        ["lattice-160"] = (UnrestRuns.Run(2) with { Width = 160, Height = 160 }, 25, 40),
        ["netlogo-150"] = (UnrestOptions.FromPreset(UnrestPreset.NetLogo) with { Width = 150, Height = 150, Legitimacy = 0.75 }, 26, 40),
    };

    public static TheoryData<string, string> Pinned => new()
    {
        { "statecraft-run2-a", "c006d6b03e9db559 dc18f525bd4e2abb A=3 J=404 arrests=3718" },
        { "statecraft-run2-b", "3d156098dc85a181 3874f17cef98405c A=49 J=196 arrests=2878" },
        { "netlogo-run2", "11831fbdd6dc3af7 947b398457fdc51a A=0 J=76 arrests=3340" },
        { "mesa", "47aabf4cff315637 ea7f570d07cd9387 A=0 J=33 arrests=39" },
        { "paper-text-run2", "180d8941578debf7 4e4b683425de8393 A=1 J=41 arrests=413" },
        { "run1-frozen", "25493d72c0b4af6d 422a3165af960a37 A=64 J=9 arrests=328" },
        { "run3-salami", "864804f96127bd18 1d3a601d2ee0c256 A=0 J=323 arrests=323" },
        { "run4-jump", "a880baebc72c152f c17feba4ab6fbd08 A=0 J=724 arrests=724" },
        { "run5-cop-removal", "562d2d1ce405c4c7 f2c38981f7b101c8 A=1 J=554 arrests=554" },
        { "linear-erosion", "97a518853eb66b4b 52541eaf51cd0aa8 A=162 J=611 arrests=6316" },
        { "lemos-local", "f284d9ec068d35af 5305f95d06f56da1 A=0 J=614 arrests=8518" },
        { "synthesis-local", "d3bae342d6595504 0b08e4cbdfa8734e A=60 J=656 arrests=6350" },
        { "synthesis-global", "cd6b670b594bed4d 9abe3459d47a14a1 A=148 J=670 arrests=7375" },
        { "moore", "cd22bc3fce7022aa 94ad0d9044e3941c A=0 J=19 arrests=1217" },
        { "von-neumann", "ae7cf1da9e73a402 2f2b028cb6680aed A=28 J=237 arrests=3927" },
        { "act-then-move", "c673bde34c89fded 60fe96d608b963e1 A=185 J=225 arrests=3010" },
        { "jail-blocking-own-activation", "823bc040c8a015cf 7eb670b921ba1aac A=78 J=547 arrests=5910" },
        { "jail-empty-cop-steps", "e43e123d486ab093 996b6069f85ba3ce A=1 J=407 arrests=5575" },
        { "half-up-deterrence-own-site", "85925ebb84d9008f 98499557ceccb6c9 A=0 J=6 arrests=1554" },
        { "bernoulli-dense", "3cb0f809bbde414d 3e0d3e0afe92c3e6 A=1 J=91 arrests=1367" },
        { "asymmetric-vision", "7ed9ac0d707b5ea6 c199944ca2334f0d A=5 J=340 arrests=4770" },
        { "lattice-100", "8d66538b2beb9571 b69a702ec10a9aaa A=133 J=2031 arrests=24805" },
        { "mesa-100", "6059c4e533d0033c c7e259b035934311 A=0 J=302 arrests=334" },
        { "lattice-160", "6412710f2b8d3cdf 2fd87cb7fa6764d4 A=525 J=5361 arrests=16073" },
        { "netlogo-150", "e8a6aeda8cb6c591 a0c16b7d9aa2489c A=384 J=6580 arrests=21648" },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Step_PinnedCase_ReplaysTheRecordedTrajectory(string name, string expected)
    {
        // Given a pinned case, When it runs, Then the series and final-state hashes and the final counts are the recorded ones.
        var (options, seed, ticks) = Cases[name];
        Assert.Equal(expected, Fingerprint(options, seed, ticks));
    }

    [Fact]
    public void Step_HardshipFactorAndShock_ReplaysTheRecordedTrajectory()
    {
        // Given the coupling's hardship factor (clamped) and a legitimacy shock at τ = 50, When the run goes on,
        // Then it replays the recorded trajectory.
        var options = UnrestRuns.Run(2) with { HardshipClamp = true, Legitimacy = 0.85 };
        Assert.Equal("c581db3d7c593e90 ccd6baf9e24ff0e3 A=265 J=468 arrests=6675", Fingerprint(options, 24, 200, simulation =>
        {
            simulation.HardshipFactor = 1.4;
        }));
    }

    [Fact]
    public void Step_StatecraftRun2Seed1_PinsExplicitCounts()
    {
        // Given Run 2 on 40 × 40 with seed 1, Then a few ticks' (Q, A, J) are the recorded ones.
        var run = new UnrestModel(UnrestRuns.Run(2)).Run(200, 1);
        var picked = string.Join(" ", new[] { 1, 50, 100, 150, 200 }.Select(t => $"{run.Ticks[t].Quiet}/{run.Ticks[t].Active}/{run.Ticks[t].Jailed}"));
        Assert.Equal("1082/26/12 861/0/259 915/0/205 946/0/174 713/3/404", picked);
    }

    private static SynthesisLegitimacy Synthesis(LegitimacyScope scope) => new()
    {
        RecoveryRate = 0.05,
        ActiveLoss = 0.02,
        JailedLoss = 0.01,
        EscalationPerArrest = 0.001,
        BaselineDecayPerOutburst = 0.98,
        PerceptionScope = scope,
    };

    private static string Fingerprint(UnrestOptions options, ulong seed, int ticks, Action<UnrestSimulation>? setup = null)
    {
        var simulation = UnrestSimulation.Create(options, new Xoshiro256StarStar(seed));
        setup?.Invoke(simulation);
        var series = new Fnv();
        for (var t = 0; t < ticks; t++)
        {
            if (setup is not null && t == 50)
            {
                simulation.ApplyLegitimacyShock(0.1);
            }

            var c = simulation.Step();
            series.Add(c.Quiet);
            series.Add(c.Active);
            series.Add(c.Jailed);
            series.Add(BitConverter.DoubleToInt64Bits(c.Legitimacy));
        }

        var state = simulation.ToState();
        var final = new Fnv();
        for (var i = 0; i < state.Agents; i++)
        {
            final.Add((int)state.StateOf(i));
            final.Add(state.AgentX[i]);
            final.Add(state.AgentY[i]);
            final.Add(state.StateOf(i) == AgentState.Jailed ? state.JailTerms[i] : 0);
            final.Add(BitConverter.DoubleToInt64Bits(state.LegitimacyOf(i)));
        }

        for (var c = 0; c < state.Cops; c++)
        {
            final.Add(state.CopX[c]);
            final.Add(state.CopY[c]);
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{series.Value:x16} {final.Value:x16} A={state.Active} J={state.Jailed} arrests={state.CumulativeArrests}");
    }

    private sealed class Fnv
    {
        public ulong Value { get; private set; } = 14695981039346656037;

        public void Add(long value)
        {
            for (var b = 0; b < 8; b++)
            {
                Value = unchecked((Value ^ (byte)(value >> (8 * b))) * 1099511628211);
            }
        }
    }
}
