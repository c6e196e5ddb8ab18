using Spectre.Console;

namespace Statecraft.Cli;

/// <summary>The entry point of the <c>statecraft</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 on success, 1 on an unexpected failure, 2 on bad input.</returns>
    public static int Main(string[] args)
    {
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected)
        {
            error.Profile.Width = 1000; // one message, one line, in logs and pipes
        }

        return CliApp.Run(args, AnsiConsole.Console, error);
    }
}
