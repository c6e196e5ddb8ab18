using Spectre.Console;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Standard error, for the warnings a command prints before it starts (results go to standard output).</summary>
/// <param name="Console">The console that writes to standard error.</param>
internal sealed record ErrorConsole(IAnsiConsole Console)
{
    /// <summary>Prints a warning line.</summary>
    public void Warn(string message) => Console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");
}
