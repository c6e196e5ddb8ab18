using Statecraft.Model.Uncertainty.Shocks;

namespace Statecraft.Assessment;

/// <summary>A named shock run through the lead model: what it changes and how every forecast moves.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Kind"><c>drop</c> (an actor leaves) or <c>salience</c> (one salience is shifted).</param>
/// <param name="ActorId">The actor concerned.</param>
/// <param name="IssueId">The issue of a salience shift, or <see langword="null"/>.</param>
/// <param name="From">The salience before a shift, or <see langword="null"/>.</param>
/// <param name="To">The salience after a shift, or <see langword="null"/>.</param>
/// <param name="Result">The before/after forecasts.</param>
public sealed record ShockOutcome(string Kind, string ActorId, string? IssueId, double? From, double? To, WhatIfResult Result);
