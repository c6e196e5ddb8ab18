namespace Statecraft.Model.Backtesting;

/// <summary>How a cross-validated backtest splits the issues into training and test sets (docs/backtest.md).</summary>
public enum CrossValidationScheme
{
    /// <summary>Leave one proposal (issue group) out: each group is the test set once, trained on all the others.</summary>
    Proposal,

    /// <summary>Repeated grouped k-fold: the groups are shuffled (seeded) into k folds, each fold the test set once, repeated.</summary>
    KFold,

    /// <summary>Train on the earlier years and test on the later ones, and the reverse (needs <see cref="Domain.Issue.Year"/>).</summary>
    Period,

    /// <summary>Train on the other procedures and test on one (for DEU: co-decision against consultation), and the reverse.</summary>
    Procedure,
}
