using System.Globalization;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Randomness;
using Statecraft.Model.Domain;

namespace Statecraft.Model.TwoFronts;

/// <summary>Advances any <see cref="IForecastModel"/> one round at a time through its public interface.</summary>
/// <remarks>
/// <para>The interface runs a model from a scenario for a number of rounds (the <c>rounds</c> option). While the
/// coupling has changed none of the model's inputs, round t is read from one run of t rounds from the last base
/// scenario, so the trajectory is the model's own, bit for bit, whatever state the model keeps between rounds. When
/// the coupling changes an input (a drifted position, a capability, a salience), the current state becomes the new
/// base and the model restarts from it, with a seed derived from (run seed, round).</para>
/// <para>Mutable and not thread-safe.</para>
/// </remarks>
[Mutable("Keeps the current base scenario and the rounds played since it.")]
internal sealed class BargainingStepper(IForecastModel model, ModelSettings settings, ModelRunContext context)
{
    private readonly ModelRunContext _root = context;
    private Scenario? _base;
    private ModelRunContext _baseContext = context;
    private int _roundsSinceBase;
    private Forecast? _cached;
    private int _cachedRounds = -1;

    /// <summary>Gets the last forecast returned by the model.</summary>
    public Forecast? Last { get; private set; }

    /// <summary>Runs the first round from <paramref name="scenario"/> and returns the forecast whose round 0 is the initial state.</summary>
    public Forecast Start(Scenario scenario)
    {
        _base = scenario;
        _roundsSinceBase = 0;
        return Run(1);
    }

    /// <summary>Plays the next round: continues the base trajectory, or restarts from <paramref name="restartFrom"/> when it is given.</summary>
    /// <returns>The forecast and the index of the round to read from its snapshots.</returns>
    public (Forecast Forecast, int RoundIndex) Next(Scenario? restartFrom, int round)
    {
        if (restartFrom is not null)
        {
            _base = restartFrom;
            _baseContext = _root with { Seed = SeedSequence.Derive(_root.Seed, (ulong)round) };
            _roundsSinceBase = 0;
            _cachedRounds = -1;
        }

        _roundsSinceBase++;
        return (Run(_roundsSinceBase), _roundsSinceBase);
    }

    // Caps the model's round budget at `rounds`. A model that declares a minimum number of turns before its
    // convergence test (KTAB's min-turns) gets min(rounds, its minimum), which leaves the first `rounds` rounds unchanged.
    internal ModelSettings SettingsFor(int rounds)
    {
        var text = rounds.ToString(CultureInfo.InvariantCulture);
        var result = settings;
        foreach (var option in model.Options)
        {
            if (option.Name is "rounds" or "max-turns")
            {
                result = result.With(option.Name, text);
            }
            else if (option is IntegerOption { Name: "min-turns" } minTurns)
            {
                var minimum = minTurns.Read(settings);
                result = result.With("min-turns", Math.Min(rounds, minimum).ToString(CultureInfo.InvariantCulture));
            }
        }

        return result;
    }

    private Forecast Run(int rounds)
    {
        if (_cachedRounds == rounds && _cached is not null)
        {
            return Last = _cached;
        }

        var forecast = model.Run(_base!, SettingsFor(rounds), _baseContext);
        (_cached, _cachedRounds) = (forecast, rounds);
        return Last = forecast;
    }
}
