using Spectre.Console.Testing;

namespace Statecraft.Cli.Tests;

/// <summary>Runs the CLI in-process against a test console and captures the exit code and output.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(160);
        console.Profile.Capabilities.Ansi = false;
        var code = CliApp.Run(args, console);
        return (code, console.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public static string Data(string relative) => Path.Combine(AppContext.BaseDirectory, "data", relative);
}
