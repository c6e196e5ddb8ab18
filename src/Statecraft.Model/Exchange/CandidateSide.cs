namespace Statecraft.Model.Exchange;

/// <summary>The mutable working state of one partner of a candidate exchange within a round (§4.5–§4.8).</summary>
/// <remarks>Not thread-safe; owned by one <see cref="ExchangeRoundSolver"/>.</remarks>
internal struct CandidateSide
{
    /// <summary>The actor index.</summary>
    public int Actor;

    /// <summary>The supply issue (the issue this partner gives way on).</summary>
    public int Supply;

    /// <summary>The partner's start-of-round position on the supply issue: where this partner moves towards.</summary>
    public double Target;

    /// <summary>The current position on the supply issue (moves with realised exchanges of the same actor and issue).</summary>
    public double Y;

    /// <summary>The signed move.</summary>
    public double Move;

    /// <summary>The new voting position Y + Move.</summary>
    public double NewPos;

    /// <summary>The voting position of the plain equal-gain solution, before the cap.</summary>
    public double EqualGainPos;

    /// <summary>Whether the cap shortened this side's move.</summary>
    public bool Capped;

    /// <summary>Sum of the ledger entries before the last one (DecideCurrent ledger, §4.7).</summary>
    public double LedgerSum;

    /// <summary>Smallest ledger entry before the last one, +∞ when none.</summary>
    public double LedgerMin;

    /// <summary>Largest ledger entry before the last one, −∞ when none.</summary>
    public double LedgerMax;

    /// <summary>Whether the ledger holds a last entry (<see cref="Move"/> is that entry).</summary>
    public bool HasLedgerEntry;

    /// <summary>Actors in the update map of the supply issue, or null when empty (§4.8 (b)).</summary>
    public int[]? UpdateActors;

    /// <summary>Their recorded positions.</summary>
    public double[]? UpdatePositions;

    /// <summary>The number of entries in the update map.</summary>
    public int UpdateCount;

    /// <summary>Starts the side of a new candidate: no ledger, an empty update map (its buffers are kept for reuse).</summary>
    /// <param name="actor">The actor index.</param>
    /// <param name="supply">The supply issue.</param>
    /// <param name="y">The actor's start-of-round position on the supply issue.</param>
    /// <param name="target">The partner's start-of-round position on the supply issue.</param>
    public void Start(int actor, int supply, double y, double target)
    {
        Actor = actor;
        Supply = supply;
        Y = y;
        Target = target;
        Move = 0;
        NewPos = 0;
        EqualGainPos = 0;
        Capped = false;
        UpdateCount = 0;
        ResetLedger();
    }

    /// <summary>Starts an empty ledger.</summary>
    public void ResetLedger()
    {
        LedgerSum = 0;
        LedgerMin = double.PositiveInfinity;
        LedgerMax = double.NegativeInfinity;
        HasLedgerEntry = false;
    }

    /// <summary>Sets the move, appending it to the ledger or replacing the last entry.</summary>
    /// <param name="magnitude">|m|.</param>
    /// <param name="full">Whether the move goes all the way to the target (the new position is then the target exactly).</param>
    /// <param name="append">Append (after a supply match) rather than replace the last entry.</param>
    public void SetMove(double magnitude, bool full, bool append)
    {
        var signed = Y > Target ? -magnitude : magnitude;
        if (append && HasLedgerEntry)
        {
            LedgerSum += Move;
            LedgerMin = Math.Min(LedgerMin, Move);
            LedgerMax = Math.Max(LedgerMax, Move);
        }

        Move = signed;
        HasLedgerEntry = true;
        NewPos = full ? Target : Y + signed;
    }

    /// <summary>Whether the ledger passes the DecideCurrent rule: every entry non-zero with one sign, and a sum ≤ 100.</summary>
    /// <returns><see langword="true"/> when valid.</returns>
    public readonly bool LedgerValid()
    {
        if (LedgerSum + Move > 100)
        {
            return false;
        }

        var min = Math.Min(LedgerMin, Move);
        var max = Math.Max(LedgerMax, Move);
        return (min < 0 && max < 0) || (min > 0 && max > 0);
    }

    /// <summary>Looks up the update map.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="position">The recorded position, when found.</param>
    /// <returns><see langword="true"/> when the actor has an entry.</returns>
    public readonly bool TryGetUpdate(int actor, out double position)
    {
        for (var k = 0; k < UpdateCount; k++)
        {
            if (UpdateActors![k] == actor)
            {
                position = UpdatePositions![k];
                return true;
            }
        }

        position = 0;
        return false;
    }

    /// <summary>Records a position in the update map, merging with an existing entry per the mode (§4.8 (b)).</summary>
    /// <param name="actor">The supplier who moved.</param>
    /// <param name="position">Its new position.</param>
    /// <param name="start">Its start-of-round position x⁰.</param>
    /// <param name="merge">Whether to apply the DecideCurrent merge rule (else the new position replaces the old).</param>
    public void RecordUpdate(int actor, double position, double start, bool merge)
    {
        for (var k = 0; k < UpdateCount; k++)
        {
            if (UpdateActors![k] == actor)
            {
                var existing = UpdatePositions![k];
                UpdatePositions[k] = !merge ? position : start <= existing ? Math.Min(existing, position) : Math.Max(existing, position);
                return;
            }
        }

        if (UpdateActors is null || UpdateCount == UpdateActors.Length)
        {
            var size = UpdateActors is null ? 4 : UpdateActors.Length * 2;
            Array.Resize(ref UpdateActors, size);
            Array.Resize(ref UpdatePositions, size);
        }

        UpdateActors[UpdateCount] = actor;
        UpdatePositions![UpdateCount] = position;
        UpdateCount++;
    }
}
