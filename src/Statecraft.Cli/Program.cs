using System.Globalization;
using System.Runtime.InteropServices;
using Spectre.Console;
using Statecraft.Reports;

namespace Statecraft.Cli;

/// <summary>The entry point of the <c>statecraft</c> command.</summary>
public static class Program
{
    private const int MaxColumns = 10_000;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 on success, 1 on an unexpected failure, 2 on bad input.</returns>
    public static int Main(string[] args)
    {
        if (CliApp.IsVersionRequest(args))
        {
            Console.Out.WriteLine(RunManifest.CurrentToolVersion);
            return 0;
        }

        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected && int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns is > 0 and <= MaxColumns)
        {
            // Written to a pipe or file, tables are laid out for COLUMNS columns when it is set (80 otherwise).
            console.Profile.Width = columns;
        }

        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected)
        {
            error.Profile.Width = 1000; // one message, one line, in logs and pipes
        }

        // The first Ctrl+C (or SIGTERM) stops the command through its cancellation token, so that an output being
        // written is removed rather than left half-written; a second one ends the process at once.
        using var cancellation = new CancellationTokenSource();
        void Stop(PosixSignalContext signal)
        {
            if (!cancellation.IsCancellationRequested)
            {
                signal.Cancel = true;
                cancellation.Cancel();
            }
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return CliApp.Run(args, console, error, cancellation.Token);
    }
}
