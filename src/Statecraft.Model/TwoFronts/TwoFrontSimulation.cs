using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Randomness;
using Statecraft.Model.TwoFronts.Options;
using Statecraft.Model.Unrest;

namespace Statecraft.Model.TwoFronts;

/// <summary>Runs a regime's two fronts together: bargaining abroad with any forecast model, civil violence at home, and war exhaustion.</summary>
/// <remarks>
/// <para>§6, <b>Statecraft's own design</b> (no published source specifies it). Each round: (d) unrest
/// feeds back on the regime's capability and survival saliences; (a) armed conflicts accrue costs and drift
/// positions towards settlement; one bargaining round; (b) ceasefire check; (c) ground lost abroad shocks legitimacy
/// and the conflict burden raises hardship; the arena plays m ticks.</para>
/// <para>The bargaining model is used only through <see cref="IForecastModel"/> (see <see cref="BargainingStepper"/>);
/// the arena is Epstein's Model I (<see cref="UnrestModel"/>) with its own random stream, so with every coefficient at
/// 0 both fronts reproduce their standalone runs bit for bit.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class TwoFrontSimulation
{
    /// <summary>Gets the index of the random stream the arena uses when the scenario gives it no seed.</summary>
    public static ulong ArenaStream => 0xA7E4A;

    /// <summary>Runs the coupled model.</summary>
    /// <param name="scenario">The scenario; its <see cref="Scenario.Arena"/> (optional) names the regime and the arena's options.</param>
    /// <param name="model">The bargaining model.</param>
    /// <param name="modelSettings">The bargaining model's options (its <c>rounds</c> option is set by the simulation).</param>
    /// <param name="options">The coupling options.</param>
    /// <param name="context">The run's seed and cancellation.</param>
    /// <returns>The rounds, ticks and events.</returns>
    /// <exception cref="ArgumentException">The arena's regime or an involved actor is unknown, or an involved actor has capability 0.</exception>
    /// <exception cref="ModelOptionException">An arena option is not allowed.</exception>
    public static TwoFrontResult Run(Scenario scenario, IForecastModel model, ModelSettings modelSettings, TwoFrontOptions options, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(modelSettings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var run = new TwoFrontRun(scenario, model, modelSettings, options, context);
        return run.Execute();
    }

    /// <summary>Returns the arena seed a run uses: the arena's own, else one derived from the run's seed.</summary>
    /// <param name="arena">The arena.</param>
    /// <param name="context">The run context.</param>
    /// <returns>The seed.</returns>
    public static ulong ArenaSeed(DomesticArena arena, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(arena);
        ArgumentNullException.ThrowIfNull(context);
        return arena.Seed ?? SeedSequence.Derive(context.Seed, ArenaStream);
    }
}
