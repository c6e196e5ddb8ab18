using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Web;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft serve</c>: starts the local web app and serves it until stopped (Ctrl+C).</summary>
internal sealed class ServeCommand(IAnsiConsole console) : Command<ServeSettings>
{
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.Options();
        using var app = WebApp.Create(options);
        app.StartAsync(cancellationToken).GetAwaiter().GetResult();
        var address = options.Urls.Split(';')[0].Trim();
        console.MarkupLine($"Statecraft is running at [link]{Markup.Escape(address)}[/] [dim](Ctrl+C stops it)[/]");
        if (settings.Open)
        {
            OpenBrowser(address);
        }

        app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }

    private void OpenBrowser(string address)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(address) { UseShellExecute = true });
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            console.MarkupLine($"[yellow]could not open a browser[/] ({Markup.Escape(ex.Message)}); open {Markup.Escape(address)} yourself.");
        }
    }
}
