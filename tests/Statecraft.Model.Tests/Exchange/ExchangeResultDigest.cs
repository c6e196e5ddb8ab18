using System.Buffers.Binary;
using System.Security.Cryptography;
using Statecraft.Model.Exchange;

namespace Statecraft.Model.Tests.Exchange;

/// <summary>
/// A SHA-256 digest of every number an exchange run produces: each round's positions, outcomes and externalities and
/// every field of every realised exchange (REX draws included), as raw IEEE-754 bits. Two runs have the same digest
/// only when they are bit-identical.
/// </summary>
internal static class ExchangeResultDigest
{
    public static string Of(ExchangeResult result)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, result);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public static string Of(IEnumerable<ExchangeResult> results)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var result in results)
        {
            Add(hash, result);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, ExchangeResult result)
    {
        Numbers(hash, result.InitialCompromise);
        Number(hash, result.Rounds.Length);
        foreach (var round in result.Rounds)
        {
            Number(hash, round.Round);
            Numbers(hash, round.StartPositions);
            Numbers(hash, round.Compromise);
            Numbers(hash, round.VotingPositions);
            Numbers(hash, round.Outcome);
            Numbers(hash, round.NextPositions);
            Numbers(hash, round.Externalities);
            Number(hash, round.Exchanges.Length);
            foreach (var e in round.Exchanges)
            {
                Number(hash, e.Round);
                Number(hash, e.Order);
                Number(hash, e.Generation);
                Number(hash, e.Gain);
                Number(hash, e.EqualGain);
                Side(hash, e.A);
                Side(hash, e.B);
                Number(hash, e.Rex is null ? 0 : 1);
                if (e.Rex is { } rex)
                {
                    Numbers(hash, [rex.U, rex.V, rex.Z, rex.MaxUtility, rex.TargetGain]);
                    Number(hash, (rex.ChosenIsA ? 1 : 0) + (rex.Applied ? 2 : 0));
                }
            }
        }
    }

    private static void Side(IncrementalHash hash, ExchangeSide side)
    {
        Number(hash, side.Actor);
        Number(hash, side.SupplyIssue);
        Number(hash, side.DemandIssue);
        Numbers(hash, [side.Start, side.Move, side.Voting, side.EqualGainVoting, side.Target, side.Gain, side.OutcomeBefore, side.OutcomeAfter]);
        Number(hash, side.Capped ? 1 : 0);
    }

    private static void Numbers(IncrementalHash hash, IEnumerable<double> values)
    {
        foreach (var v in values)
        {
            Number(hash, v);
        }
    }

    private static void Number(IncrementalHash hash, double value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, BitConverter.DoubleToInt64Bits(value));
        hash.AppendData(bytes);
    }

    private static void Number(IncrementalHash hash, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }
}
