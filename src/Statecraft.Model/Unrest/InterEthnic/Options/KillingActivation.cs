namespace Statecraft.Model.Unrest.InterEthnic.Options;

/// <summary>When an agent of Model II may go active, given that going active means killing a member of the other group.</summary>
/// <remarks>
/// <para>Epstein (2002), Model II: "going active" is killing a random member of the other group within vision
/// (§5.13). The paper does not say what an agent whose rule A says "active" does when no member of the
/// other group is in view. <b>[Statecraft]</b> choice: <see cref="TargetInView"/> (default), because an active with no
/// one to kill has committed no violence for cops to punish; <see cref="Always"/> keeps Model I's reading, in which
/// such an agent is active (and can be arrested) but kills nobody.</para>
/// </remarks>
public enum KillingActivation
{
    /// <summary>Active only if rule A says so and a member of the other group is in view; every active kills once. The default.</summary>
    TargetInView,

    /// <summary>Active whenever rule A says so; an active kills when a member of the other group is in view.</summary>
    Always,
}
