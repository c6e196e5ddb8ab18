using System.Diagnostics;
using System.Globalization;
using Spectre.Console.Testing;

namespace Statecraft.Cli.Tests;

/// <summary>Runs the CLI and captures the exit code and output: in-process against a test console, or, when the
/// environment variable <see cref="ExecutableVariable"/> names a <c>statecraft</c> executable (the published build, an
/// installed tool), in a new process of that executable, so that the same tests check what users run.</summary>
internal static class CliRunner
{
    /// <summary>The environment variable naming the executable to run the tests against, e.g.
    /// <c>STATECRAFT_EXE=$PWD/src/Statecraft.Cli/bin/Release/net10.0/linux-x64/publish/statecraft</c>.</summary>
    public const string ExecutableVariable = "STATECRAFT_EXE";

    private const int Width = 160;

    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable);
        var (code, output) = string.IsNullOrEmpty(executable) ? RunInProcess(args) : RunProcess(executable, args);
        return (code, output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public static string Data(string relative) => Path.Combine(AppContext.BaseDirectory, "data", relative);

    private static (int ExitCode, string Output) RunInProcess(string[] args)
    {
        var console = new TestConsole().Width(Width);
        console.Profile.Capabilities.Ansi = false;
        var code = CliApp.Run(args, console);
        return (code, console.Output);
    }

    // Standard output, then standard error; the width is passed as COLUMNS, which statecraft honours when its output
    // is not a terminal.
    private static (int ExitCode, string Output) RunProcess(string executable, string[] args)
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
        return (process.ExitCode, output + error.GetAwaiter().GetResult());
    }
}
