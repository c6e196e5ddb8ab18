namespace Statecraft.Cli;

/// <summary>The entry point of the <c>statecraft</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args) => args.Length >= 0 ? 0 : 1;
}
