namespace Statecraft.Model;

/// <summary>Marks a public type of the model library that is deliberately mutable, with the reason.</summary>
/// <remarks>Every other public type in <c>Statecraft.Model</c> is a record or a readonly struct (a test checks this).</remarks>
/// <param name="reason">Why the type must be mutable.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class MutableAttribute(string reason) : Attribute
{
    /// <summary>Gets why the type must be mutable.</summary>
    public string Reason { get; } = reason;
}
