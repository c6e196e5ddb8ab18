using System.Diagnostics;
using System.Globalization;
using Spectre.Console.Testing;

namespace Statecraft.Cli.Tests;

/// <summary>Runs the CLI and captures the exit code and output: in-process against test consoles, or, when the
/// environment variable <see cref="ExecutableVariable"/> names a <c>statecraft</c> executable (the published build, an
/// installed tool), in a new process of that executable, so that the same tests check what users run.</summary>
internal static class CliRunner
{
    /// <summary>The environment variable naming the executable to run the tests against, e.g.
    /// <c>STATECRAFT_EXE=$PWD/src/Statecraft.Cli/bin/Release/net10.0/linux-x64/publish/statecraft</c>.</summary>
    public const string ExecutableVariable = "STATECRAFT_EXE";

    private const int Width = 160;

    /// <summary>Runs the CLI; <c>Output</c> is what it wrote to standard output followed by what it wrote to standard error.</summary>
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var (code, stdout, stderr) = RunSplit(args);
        return (code, stdout + stderr);
    }

    /// <summary>Runs the CLI and keeps standard output and standard error apart.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunSplit(params string[] args)
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (!string.IsNullOrEmpty(executable))
        {
            return RunProcess(executable, args);
        }

        var console = Console();
        var error = Console();
        var code = CliApp.Run(args, console, error);
        return (code, Text(console.Output), Text(error.Output));
    }

    public static string Data(string relative) => Path.Combine(AppContext.BaseDirectory, "data", relative);

    private static TestConsole Console()
    {
        var console = new TestConsole().Width(Width);
        console.Profile.Capabilities.Ansi = false;
        return console;
    }

    // The width is passed as COLUMNS, which statecraft honours when its output is not a terminal.
    private static (int ExitCode, string Stdout, string Stderr) RunProcess(string executable, string[] args)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["COLUMNS"] = Width.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, Text(output), Text(error.GetAwaiter().GetResult()));
    }

    private static string Text(string output) => output.Replace("\r\n", "\n", StringComparison.Ordinal);
}
