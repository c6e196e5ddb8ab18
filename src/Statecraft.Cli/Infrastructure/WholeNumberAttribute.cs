namespace Statecraft.Cli.Infrastructure;

/// <summary>Declares the whole numbers a command-line option accepts: a range the command line checks, or the model
/// option the value goes to, whose declaration checks it.</summary>
/// <remarks>Every whole-number option of every command carries one (<c>CommandLineTests</c> walks them), so a message
/// about such an option always names its real range, never the range of the .NET type that holds it
/// (<see cref="WholeNumbers"/>).</remarks>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class WholeNumberAttribute : Attribute
{
    /// <summary>The most threads any command accepts (<c>--threads</c>): far above any machine's cores, low enough that a
    /// slip of the keyboard does not start a million threads.</summary>
    public const ulong MaxThreads = 1024;

    /// <summary>An option the command line checks against [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public WholeNumberAttribute(ulong min, ulong max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>An option that sets the model option <paramref name="modelOption"/>, whose range the model declares.</summary>
    public WholeNumberAttribute(string modelOption)
    {
        ModelOption = modelOption;
    }

    /// <summary>Gets the smallest value allowed (for a range the command line checks).</summary>
    public ulong Min { get; }

    /// <summary>Gets the largest value allowed (for a range the command line checks).</summary>
    public ulong Max { get; }

    /// <summary>Gets the model option the value sets, or <see langword="null"/> when the command line checks the range.</summary>
    public string? ModelOption { get; }

    /// <summary>Whether <paramref name="value"/> is allowed (for a model's option, any value of 0 or more: its declaration checks the rest).</summary>
    public bool Allows(decimal value) => ModelOption is not null ? value >= 0 : value >= Min && value <= Max;
}
