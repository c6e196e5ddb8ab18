using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Commands;
using Statecraft.Cli.Infrastructure;
using Statecraft.Model.Domain;
using Statecraft.Reports;
using Statecraft.Scenarios.Validation;
using Statecraft.Runs;
using Statecraft.Storage;

namespace Statecraft.Cli;

/// <summary>Builds and runs the <c>statecraft</c> command line; maps every failure to a clear message and an exit code.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line: results go to <paramref name="console"/>, errors and warnings to <paramref name="error"/>
    /// (standard error; the same console when <see langword="null"/>).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where results go.</param>
    /// <param name="error">Where errors and warnings go.</param>
    /// <param name="cancellation">Stops a long command (Ctrl+C); it then ends with <see cref="ExitCodes.Cancelled"/>.</param>
    public static int Run(string[] args, IAnsiConsole console, IAnsiConsole? error = null, CancellationToken cancellation = default)
    {
        error ??= console;
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(IAnsiConsole), console);
        registrar.RegisterInstance(typeof(ErrorConsole), new ErrorConsole(error));
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("statecraft");
            config.SetApplicationVersion(RunManifest.CurrentToolVersion);
            config.ConfigureConsole(console);
            config.PropagateExceptions();
            config.SetInterceptor(new CommandLineCheck(args));
            config.AddCommand<ForecastCommand>("forecast")
                .WithDescription("Run a model on a scenario and show its forecast per issue (default: the middle-east-2025 scenario).")
                .WithExample("forecast")
                .WithExample("forecast", "eu-emission-1994", "--model", "median")
                .WithExample("forecast", "my-scenario.yaml", "--model", "nash", "--format", "json", "--out", "forecast.json");
            config.AddCommand<AssessCommand>("assess")
                .WithDescription("Say in plain words what is likely on each issue, how sure it is, who drives it and what would change it, every sentence backed by a computed number (default: the middle-east-2025 scenario).")
                .WithExample("assess")
                .WithExample("assess", "eu-emission-1994", "--format", "markdown", "--out", "brief.md");
            config.AddCommand<BacktestCommand>("backtest")
                .WithDescription("Score every model and the naive baselines against real outcomes (e.g. DEU II data): n, MAE, median AE, RMSE; --cv validates out of sample with intervals, CRPS and the acceptance rule.")
                .WithExample("backtest", "DEU2-EU15.csv")
                .WithExample("backtest", "DEU2-EU15.csv", "--cv", "all")
                .WithExample("backtest", "DEU2-EU15.csv", "--cv", "kfold", "--repeats", "20", "--format", "json", "--out", "cv.json")
                .WithExample("backtest", "DEU2-EU15.csv", "--models", "compromise,statecraft", "--format", "json", "--chart", "backtest.svg");
            config.AddCommand<UnrestCommand>("unrest")
                .WithDescription("Run Epstein's civil-violence model (a preset and Table 2 run, or a scenario's arena) and show quiet, active and jailed per tick; --model ii runs his Model II of violence between two ethnic groups.")
                .WithExample("unrest")
                .WithExample("unrest", "--run", "3", "--ticks", "300", "--chart", "unrest.svg")
                .WithExample("unrest", "--legitimacy", "0.7", "--cop-density", "0.06", "--format", "csv")
                .WithExample("unrest", "--model", "ii", "--run", "ii-genocide", "--ticks", "200", "--chart", "genocide.svg")
                .WithExample("unrest", "--sweep", "seeds=1..100", "--grid", "legitimacy=0.7,0.8,0.9", "--format", "csv", "--out", "sweep.csv");
            config.AddCommand<SimulateCommand>("simulate")
                .WithDescription("Couple a bargaining model with the scenario's domestic arena (two fronts) and show every round: forecasts, regime capability and salience, legitimacy, unrest, events.")
                .WithExample("simulate")
                .WithExample("simulate", "--model", "median", "--rounds", "20", "--format", "json");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check scenario files and report every problem at once (exit code 2 if any).")
                .WithExample("validate", "my-scenario.yaml");
            config.AddCommand<ConvertCommand>("convert")
                .WithDescription("Convert a scenario in any supported format to the native YAML format.")
                .WithExample("convert", "SOE-Pol-Comp.csv", "soe.yaml");
            config.AddCommand<ScenariosCommand>("scenarios")
                .WithDescription("List the bundled scenarios.");
            config.AddCommand<ModelsCommand>("models")
                .WithDescription("List the models and their options.");
            config.AddCommand<SensitivityCommand>("sensitivity")
                .WithDescription("Rank the inputs that move each forecast (one at a time or Sobol), or compare before and after --shock what-ifs.")
                .WithExample("sensitivity", "--model", "median")
                .WithExample("sensitivity", "--method", "sobol", "--samples", "512")
                .WithExample("sensitivity", "--shock", "drop:USA", "--shock", "salience:IRI:gaza-ceasefire=0.9");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Start the local web app (default http://127.0.0.1:5178): edit a scenario, run every model and see why, in a browser.")
                .WithExample("serve")
                .WithExample("serve", "--port", "8080", "--open");
            config.AddCommand<MergeCommand>("merge")
                .WithDescription("Fold the shard files of a forecast --runs, sensitivity or unrest --sweep run split with --shard K/M into the outputs of the single-machine command (bit-identical), and save one run in the store (not for sweeps).")
                .WithExample("merge", "shards/")
                .WithExample("merge", "shards/", "--format", "json", "--out", "forecast.json");
            config.AddBranch("runs", runs =>
            {
                runs.SetDescription("List, show, rerun and delete the runs kept in the run store.");
                runs.AddCommand<RunsListCommand>("list").WithDescription("List the most recent runs.");
                runs.AddCommand<RunsShowCommand>("show").WithDescription("Show a run's manifest and results.");
                runs.AddCommand<RunsRerunCommand>("rerun").WithDescription("Replay a run and check that its results are identical.");
                runs.AddCommand<RunsDeleteCommand>("delete").WithDescription("Delete a run and its samples.").WithExample("runs", "delete", "3");
                runs.AddCommand<RunsPruneCommand>("prune").WithDescription("Delete old runs: all but the N most recent, or those older than an age.")
                    .WithExample("runs", "prune", "--keep", "100").WithExample("runs", "prune", "--older-than", "30d");
            });
        });

        var verbose = args.Any(a => a is "-v" or "--verbose");
        try
        {
            return app.Run(args, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            error.MarkupLine("[red]cancelled:[/] stopped before the end; no output file was written.");
            return ExitCodes.Cancelled;
        }
        catch (ScenarioValidationException ex)
        {
            DiagnosticPrinter.Print(error, ex.Diagnostics);
            var errors = ex.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            error.MarkupLine($"[red]{errors} error(s); nothing was run.[/]");
            return ExitCodes.BadInput;
        }
        catch (CommandAppException ex)
        {
            error.MarkupLine($"[red]error:[/] {Markup.Escape(CommandLineCheck.Explain(ex, args))}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is ModelOptionException or UserInputException or RunStoreException or Model.Spatial.SmpSanityCheckException or FormatException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            error.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            error.MarkupLine($"[red]internal error:[/] {Markup.Escape(ex.Message)} [dim](a fault in Statecraft, not in your input: please report it with the command you ran{(verbose ? string.Empty : "; --verbose shows the detail")})[/]");
            if (verbose)
            {
                error.WriteException(ex);
            }

            return ExitCodes.Failure;
        }
    }

    /// <summary>Whether the arguments are only <c>--version</c> (or <c>-v</c>): <see cref="Program.Main"/> answers that before
    /// the terminal is probed and the command line built, as Spectre.Console.Cli would (the same line).</summary>
    public static bool IsVersionRequest(string[] args) =>
        args is [var only] && (only == "-v" || string.Equals(only, "--version", StringComparison.OrdinalIgnoreCase));
}
