using Spectre.Console.Testing;

namespace Statecraft.Cli.Tests;

/// <summary>Runs the CLI in-process against test consoles and captures the exit code and output.</summary>
internal static class CliRunner
{
    /// <summary>Runs the CLI; <c>Output</c> is what it wrote to standard output followed by what it wrote to standard error.</summary>
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var (code, stdout, stderr) = RunSplit(args);
        return (code, stdout + stderr);
    }

    /// <summary>Runs the CLI and keeps standard output and standard error apart.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunSplit(params string[] args)
    {
        var console = Console();
        var error = Console();
        var code = CliApp.Run(args, console, error);
        return (code, Text(console), Text(error));
    }

    public static string Data(string relative) => Path.Combine(AppContext.BaseDirectory, "data", relative);

    private static TestConsole Console()
    {
        var console = new TestConsole().Width(160);
        console.Profile.Capabilities.Ansi = false;
        return console;
    }

    private static string Text(TestConsole console) => console.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
}
