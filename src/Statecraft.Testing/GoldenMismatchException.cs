namespace Statecraft.Testing;

/// <summary>Thrown when output differs from its golden file.</summary>
public sealed class GoldenMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GoldenMismatchException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What differs and where the received file is.</param>
    public GoldenMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="inner">The cause.</param>
    public GoldenMismatchException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
