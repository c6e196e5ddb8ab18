using Spectre.Console;

namespace Statecraft.Cli;

/// <summary>The entry point of the <c>statecraft</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 on success, 1 on an unexpected failure, 2 on bad input.</returns>
    public static int Main(string[] args) => CliApp.Run(args, AnsiConsole.Console);
}
