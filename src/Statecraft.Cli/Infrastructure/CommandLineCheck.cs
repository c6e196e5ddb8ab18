using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;
using Statecraft.Model.Domain;
using Statecraft.Runs;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Makes the command line strict: an option or argument a command does not know is refused (exit code 2) with
/// the nearest valid name, a whole number outside its option's range is refused with that range
/// (<see cref="WholeNumberAttribute"/>), and the parser's own failures are told in the words the user typed, never in
/// .NET type names or ranges.</summary>
/// <remarks>Runs as Spectre's interceptor, after the arguments were bound to a command's settings and before the command
/// runs, so it covers every command, including ones added later. <c>-v</c>/<c>--verbose</c> is accepted by every
/// command (the CLI reads it before parsing to decide whether to show an internal fault's detail).</remarks>
internal sealed partial class CommandLineCheck(IReadOnlyList<string> args) : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        var known = OptionNames(settings.GetType());
        foreach (var group in context.Remaining.Parsed)
        {
            if (group.Key.TrimStart('-') is "v" or "verbose")
            {
                continue;
            }

            var typed = AsTyped(group.Key);
            var bare = NearestName.Find(typed.TrimStart('-'), known.Select(k => k.TrimStart('-')));
            var nearest = bare is null ? null : known.First(k => k.TrimStart('-') == bare);
            var command = CommandPath(context);
            throw new UserInputException(nearest is null
                ? $"unknown option {typed} for 'statecraft {command}'; see 'statecraft {command} --help'."
                : $"unknown option {typed}; did you mean {nearest}?");
        }

        if (context.Remaining.Raw.Count > 0)
        {
            var command = CommandPath(context);
            throw new UserInputException(
                $"unexpected argument '{context.Remaining.Raw[0]}' for 'statecraft {command}'; see 'statecraft {command} --help'.");
        }

        if (WholeNumbers.Check(settings) is { } outOfRange)
        {
            throw new UserInputException(outOfRange);
        }
    }

    /// <summary>Every option name of a settings type as typed on the command line (<c>--model</c>, <c>-m</c>).</summary>
    public static IReadOnlyList<string> OptionNames(Type settingsType) =>
    [
        .. settingsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .OfType<CommandOptionAttribute>()
            .SelectMany(o => o.LongNames.Select(n => "--" + n).Concat(o.ShortNames.Select(n => "-" + n))),
        "--help",
        "-h",
    ];

    /// <summary>Tells a parse or conversion failure of Spectre.Console.Cli in the user's words: the option and value as
    /// typed, what is allowed, and the parser's hint (e.g. "did you mean 'forecast'?").</summary>
    public static string Explain(CommandAppException ex, IReadOnlyList<string> args)
    {
        if (ex.InnerException is ArgumentException inner && ConversionFailure().Match(ex.Message) is { Success: true } failed)
        {
            var value = failed.Groups[1].Value;
            var typed = Typed(value, args);
            var option = typed.StartsWith('-') ? typed.Split(' ', '=', ':')[0] : null;
            if (option is not null && WholeNumbers.Explain(option, value, args.FirstOrDefault(a => !a.StartsWith('-')) ?? string.Empty) is { } whole)
            {
                return whole;
            }

            var target = TargetType().Match(inner.Message) is { Success: true } t ? t.Groups[1].Value : string.Empty;
            return System.Numerics.BigInteger.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) && Allowed(target) == "a whole number"
                ? $"{typed} is too large."
                : $"{typed} is not {Allowed(target)}.";
        }

        if (UnmatchedArgument().Match(ex.Message) is { Success: true } extra)
        {
            var command = string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')).Take(args.Count > 0 && args[0] == "runs" ? 2 : 1));
            return $"unexpected argument '{extra.Groups[1].Value}' for 'statecraft {command}'; see 'statecraft {command} --help'.";
        }

        var message = ex.Message.Length > 1 && char.IsUpper(ex.Message[0]) && char.IsLower(ex.Message[1])
            ? char.ToLowerInvariant(ex.Message[0]) + ex.Message[1..]
            : ex.Message;
        var hint = ex.Pretty is { } pretty ? Hint(pretty) : null;
        return hint is null ? message : $"{message.TrimEnd('.')}; {char.ToLowerInvariant(hint[0])}{hint[1..]}";
    }

    private static string Typed(string value, IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == value && i > 0 && args[i - 1].StartsWith('-'))
            {
                return $"{args[i - 1]} {value}";
            }

            if (args[i].StartsWith('-') && (args[i].EndsWith("=" + value, StringComparison.Ordinal) || args[i].EndsWith(":" + value, StringComparison.Ordinal)))
            {
                return args[i];
            }
        }

        return $"the argument '{value}'";
    }

    private static string Allowed(string clrType) => clrType switch
    {
        "Int32" or "Int64" or "UInt64" or "UInt32" => "a whole number",
        "Double" or "Single" or "Decimal" => "a number (e.g. 0.5)",
        "Boolean" => "true or false",
        _ => "a valid value",
    };

    private static string? Hint(IRenderable pretty)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        plain.Profile.Width = 500;
        plain.Write(pretty);
        return CaretHint().Match(writer.ToString()) is { Success: true } m ? m.Groups[1].Value.Trim() : null;
    }

    private string AsTyped(string name)
    {
        if (name.StartsWith('-'))
        {
            return name;
        }

        foreach (var a in args)
        {
            var bare = a.TrimStart('-').Split('=', ':')[0];
            if (a.StartsWith('-') && string.Equals(bare, name, StringComparison.OrdinalIgnoreCase))
            {
                return a.Split('=', ':')[0];
            }
        }

        return name.Length == 1 ? "-" + name : "--" + name;
    }

    private static string CommandPath(CommandContext context) =>
        context.Arguments.Count > 0 && context.Arguments[0] is "runs" ? "runs " + context.Name : context.Name;

    [GeneratedRegex(@"^Failed to convert '(.*)' to ", RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();

    [GeneratedRegex(@"^Could not match '(.*)' with an argument", RegexOptions.Singleline)]
    private static partial Regex UnmatchedArgument();

    [GeneratedRegex(@"is not a valid value for (\w+)")]
    private static partial Regex TargetType();

    [GeneratedRegex(@"\^+ (.+)$", RegexOptions.Multiline)]
    private static partial Regex CaretHint();
}
