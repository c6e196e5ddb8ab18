using Spectre.Console;

namespace Statecraft.Cli.Rendering;

/// <summary>Renders console output to plain text (no colours, fixed width) for files.</summary>
internal static class PlainText
{
    public static string Render(Action<IAnsiConsole> render, int width = 120)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        render(console);
        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
