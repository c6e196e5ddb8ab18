namespace Statecraft.Cli.Infrastructure;

/// <summary>The exit codes of the <c>statecraft</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure (a bug): reported without a stack trace unless <c>--verbose</c>.</summary>
    public const int Failure = 1;

    /// <summary>Bad input: an invalid scenario, option or argument.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it): outputs being written are removed, not left half-written.</summary>
    public const int Cancelled = 130;
}
