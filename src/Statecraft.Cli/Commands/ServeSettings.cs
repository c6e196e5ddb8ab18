using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Web;

using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands;

/// <summary>The arguments of <c>statecraft serve</c>.</summary>
internal sealed class ServeSettings : CommandSettings
{
    [CommandOption("--port <PORT>")]
    [Description("The port on 127.0.0.1. Default: 5178.")]
    [WholeNumber(1, 65_535)]
    public int? Port { get; init; }

    [CommandOption("--urls <URLS>")]
    [Description("The addresses to listen on, separated by ';' (e.g. http://0.0.0.0:8080 to serve your network). Default: loopback only.")]
    public string? Urls { get; init; }

    [CommandOption("--open")]
    [Description("Open the app in the system's browser.")]
    public bool Open { get; init; }

    [CommandOption("--max-upload <BYTES>")]
    [Description("The largest request body accepted, in bytes (1024 to 1073741824); larger ones get 413. Default: 1048576 (1 MiB).")]
    [WholeNumber(1024, 1_073_741_824)]
    public long? MaxUpload { get; init; }

    [CommandOption("--store <FILE>")]
    [Description("The run store the app saves runs in and lists. Default: $STATECRAFT_STORE, else the user's local data folder.")]
    public string? Store { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Show stack traces of unexpected errors.")]
    public bool Verbose { get; init; }

    /// <summary>The app's options from the arguments.</summary>
    public WebAppOptions Options() => new()
    {
        Urls = Urls ?? string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port ?? WebAppOptions.DefaultPort}"),
        MaxUploadBytes = MaxUpload ?? WebAppOptions.DefaultMaxUploadBytes,
        Store = Store,
    };

    public override ValidationResult Validate()
    {
        if (Port is not null && Urls is not null)
        {
            return ValidationResult.Error("--port and --urls both name where to listen; give one of them.");
        }

        if (Urls is { } urls && urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is var parts
            && (parts.Length == 0 || parts.Any(u => !u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !u.StartsWith("https://", StringComparison.OrdinalIgnoreCase))))
        {
            return ValidationResult.Error($"--urls {urls}: give addresses like http://127.0.0.1:5178, separated by ';'.");
        }

        return base.Validate();
    }
}
