namespace Statecraft.Runs;

/// <summary>A problem with what the user asked for (an unknown model, a bad option value): every face reports its message as it is, without a stack trace (the command line with exit code 2).</summary>
public sealed class UserInputException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="UserInputException"/> class with a message a person can act on.</summary>
    /// <param name="message">What is wrong, where, and what is allowed.</param>
    public UserInputException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="UserInputException"/> class.</summary>
    public UserInputException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="UserInputException"/> class with a message and the exception behind it.</summary>
    /// <param name="message">What is wrong, where, and what is allowed.</param>
    /// <param name="inner">The exception behind it.</param>
    public UserInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
