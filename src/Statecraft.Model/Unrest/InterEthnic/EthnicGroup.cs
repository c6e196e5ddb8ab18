namespace Statecraft.Model.Unrest.InterEthnic;

/// <summary>One of the two ethnic groups of Epstein's Model II (inter-group violence).</summary>
/// <remarks>Epstein (2002), Model II: the groups are called Blue and Green; neither has any built-in advantage.</remarks>
public enum EthnicGroup
{
    /// <summary>The Blue group.</summary>
    Blue,

    /// <summary>The Green group.</summary>
    Green,
}
