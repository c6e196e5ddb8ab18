namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>Where a compromise move starts from (§2.4, ambiguity 12).</summary>
public enum MoveOrigin
{
    /// <summary>From the mover's current position: x_i + (x_j − x_i)·|a|/b (Scholz et al. 2011 eq. 36).</summary>
    Current,

    /// <summary>From the mover's input position x_i(0): x_i(0) + (x_j − x_i(0))·|a|/b [Statecraft reading of one blog variant]. Only the compromise move changes.</summary>
    Original,
}
