namespace Statecraft.Cli.Infrastructure;

/// <summary>A problem with what the user asked for (an unknown model, a bad option value): exit code 2, no stack trace.</summary>
internal sealed class UserInputException : Exception
{
    public UserInputException(string message)
        : base(message)
    {
    }

    public UserInputException()
    {
    }

    public UserInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
