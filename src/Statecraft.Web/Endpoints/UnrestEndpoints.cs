using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Statecraft.Model.Domain;
using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;
using Statecraft.Reports;
using Statecraft.Runs;
using Statecraft.Web.Hosting;

namespace Statecraft.Web.Endpoints;

/// <summary>The civil-violence model: the counts per tick (the JSON or CSV <c>statecraft unrest</c> writes) and the lattice tick by tick for the animated view.</summary>
internal static class UnrestEndpoints
{
    /// <summary>The largest lattice the web app runs (sites).</summary>
    public const int MaxSites = 200 * 200;

    /// <summary>The most ticks a run may have.</summary>
    public const int MaxTicks = 2000;

    /// <summary>The most lattice sites × frames one lattice request may return (4 MB of frames).</summary>
    public const long MaxFrameSites = 4_000_000;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/unrest", async (HttpContext context) =>
        {
            var request = await Resolve(context).ConfigureAwait(false);
            var run = UnrestRunner.Run(request.Options, request.Ticks, request.Seed, null, context.RequestAborted);
            return request.Format switch
            {
                "csv" => Results.Text(UnrestReportWriter.Csv(run.Ticks), "text/csv; charset=utf-8"),
                _ => Results.Text(UnrestReportWriter.Json(run, request.Parameters.GetString("preset", "statecraft"), request.Parameters, request.Manifest), "application/json; charset=utf-8"),
            };
        });
        app.MapPost("/api/unrest/lattice", async (HttpContext context) =>
        {
            var request = await Resolve(context).ConfigureAwait(false);
            var sites = (long)request.Options.Width * request.Options.Height;
            if (sites * (request.Ticks + 1L) > MaxFrameSites)
            {
                throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"ticks {request.Ticks} on a {request.Options.Width} × {request.Options.Height} lattice is more than the animation holds ({MaxFrameSites:N0} sites over all frames); use at most {(MaxFrameSites / sites) - 1} ticks."));
            }

            return Results.Json(Frames(request, context.RequestAborted), Problems.Json);
        });
    }

    /// <summary>Plays the run tick by tick and records each site as one character: '0' empty, '1' quiet, '2' active, '3' a cop (a cop's site shows the cop).</summary>
    /// <remarks>The same simulation, options and seed as <see cref="UnrestRunner.Run"/>, so the counts equal those of <c>/api/unrest</c>.</remarks>
    private static object Frames(UnrestRequest request, CancellationToken cancellation)
    {
        var options = request.Options;
        var simulation = UnrestSimulation.Create(options, new Xoshiro256StarStar(request.Seed));
        var frames = new List<object>(request.Ticks + 1);
        var cells = new char[options.Width * options.Height];
        for (var t = 0; ; t++)
        {
            var state = simulation.ToState();
            Array.Fill(cells, '0');
            for (var a = 0; a < state.Agents; a++)
            {
                if (state.AgentX[a] >= 0)
                {
                    cells[(state.AgentY[a] * options.Width) + state.AgentX[a]] = state.StateOf(a) == AgentState.Active ? '2' : '1';
                }
            }

            for (var c = 0; c < state.Cops; c++)
            {
                cells[(state.CopY[c] * options.Width) + state.CopX[c]] = '3';
            }

            frames.Add(new { tick = state.Tick, quiet = state.Quiet, active = state.Active, jailed = state.Jailed, cops = state.Cops, legitimacy = state.Legitimacy, cells = new string(cells) });
            if (t == request.Ticks)
            {
                break;
            }

            cancellation.ThrowIfCancellationRequested();
            simulation.Step();
        }

        return new { preset = request.Parameters.GetString("preset", "statecraft"), seed = request.Seed, width = options.Width, height = options.Height, frames };
    }

    private static async Task<UnrestRequest> Resolve(HttpContext context)
    {
        var body = await Bodies.Read<RunBody>(context).ConfigureAwait(false);
        var ticks = body.Ticks ?? 200;
        if (ticks is < 0 or > MaxTicks)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"ticks {ticks} is outside [0, {MaxTicks}]."));
        }

        var format = body.Format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "json" => "json",
            "csv" => "csv",
            var f => throw new UserInputException($"format {f} is not supported; use json or csv."),
        };
        var source = string.IsNullOrWhiteSpace(body.Yaml) ? null : UnrestRunner.FromScenario(Bodies.Scenario(body.Name, body.Yaml));
        var parameters = source?.Parameters ?? ModelSettings.Empty;
        if (!string.IsNullOrWhiteSpace(body.Preset))
        {
            parameters = parameters.With("preset", body.Preset.Trim().ToLowerInvariant());
        }

        if (!string.IsNullOrWhiteSpace(body.Run))
        {
            parameters = parameters.With("run", body.Run.Trim());
        }

        foreach (var (key, value) in body.Settings ?? [])
        {
            parameters = parameters.With(key, value);
        }

        var options = UnrestSettings.Read(parameters);
        if ((long)options.Width * options.Height > MaxSites)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"the lattice {options.Width} × {options.Height} is larger than the web app runs (200 × 200); use 'statecraft unrest' for larger ones."));
        }

        var manifest = source?.Manifest ?? RunManifest.WithoutScenario;
        return new UnrestRequest(options, parameters, ticks, body.Seed ?? source?.Seed ?? ForecastRunner.DefaultSeed, format, manifest);
    }

    private sealed record UnrestRequest(UnrestOptions Options, ModelSettings Parameters, int Ticks, ulong Seed, string Format, RunManifest Manifest);
}
