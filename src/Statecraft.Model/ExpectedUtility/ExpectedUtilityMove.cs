namespace Statecraft.Model.ExpectedUtility;

/// <summary>One actor's accepted offer in one round, with the expected utilities that explain it.</summary>
/// <remarks>Immutable and thread-safe. Positions are on the issue's own scale; actors are indices into the input arrays.</remarks>
/// <param name="Round">The round in which the move takes effect (1 = the first round).</param>
/// <param name="Actor">The mover i.</param>
/// <param name="Kind">Confrontation, compromise or capitulation.</param>
/// <param name="Partner">The partner j whose offer was taken.</param>
/// <param name="From">x_i before the round.</param>
/// <param name="To">x_i after the round; equals <paramref name="From"/> when the actor held (see <paramref name="Held"/>).</param>
/// <param name="OwnUtility">a = E(i→j): the mover's expected utility of challenging the partner.</param>
/// <param name="PartnerUtility">b = E(j→i): the partner's expected utility of challenging the mover.</param>
/// <param name="RiskExponent">r_i, the mover's risk exponent in the round.</param>
/// <param name="PartnerRiskExponent">The exponent that evaluated b (r_i under the receiver perspective, r_j under the sender perspective).</param>
/// <param name="Probability">P_ij of pass 2, the mover's probability of prevailing against the partner.</param>
/// <param name="Held">Whether a confrontation left the mover in place (conflict resolution <c>no-move</c>, or a stochastic conflict it won).</param>
public readonly record struct ExpectedUtilityMove(
    int Round,
    int Actor,
    OfferKind Kind,
    int Partner,
    double From,
    double To,
    double OwnUtility,
    double PartnerUtility,
    double RiskExponent,
    double PartnerRiskExponent,
    double Probability,
    bool Held);
