namespace Statecraft.Model.Unrest.Options;

/// <summary>Whether an activated actor moves before it acts or after.</summary>
/// <remarks>§5.9. Mesa's maintainers report that the order "significantly impacts model stability".</remarks>
public enum ActivationOrder
{
    /// <summary>Move, then act (Epstein 2002; NetLogo). The default.</summary>
    MoveThenAct,

    /// <summary>Act, then move (Mesa).</summary>
    ActThenMove,
}
