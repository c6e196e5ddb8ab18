using System.Collections.Immutable;

namespace Statecraft.Model.Backtesting;

/// <summary>Whether a model passes the acceptance rule (<see cref="AcceptanceRule"/>), and why not.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Model">The model's name.</param>
/// <param name="Accepted">Whether it may be recommended over the compromise.</param>
/// <param name="Failures">Each condition it fails, e.g. <c>proposal: t = 1.21, not above 2</c>; empty when accepted.</param>
public sealed record AcceptanceVerdict(string Model, bool Accepted, ImmutableArray<string> Failures);
