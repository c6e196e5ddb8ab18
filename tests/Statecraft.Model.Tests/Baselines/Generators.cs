using FsCheck;
using FsCheck.Fluent;

namespace Statecraft.Model.Tests.Baselines;

/// <summary>FsCheck generators of one-issue actor tables on 0–100 (positions), (0.05, 10] (capabilities), [0.05, 1] (saliences).</summary>
internal static class Generators
{
    internal sealed record Table(double[] Positions, double[] Capabilities, double[] Saliences)
    {
        public override string ToString() =>
            $"x=[{string.Join(", ", Positions)}] c=[{string.Join(", ", Capabilities)}] s=[{string.Join(", ", Saliences)}]";
    }

    public static Arbitrary<Table> SingleIssue() =>
        (from n in Gen.Choose(1, 12)
         from x in Gen.Choose(0, 100).ArrayOf(n)
         from c in Gen.Choose(1, 200).ArrayOf(n)
         from s in Gen.Choose(1, 20).ArrayOf(n)
         select new Table(
             [.. x.Select(v => (double)v)],
             [.. c.Select(v => v / 20.0)],
             [.. s.Select(v => v / 20.0)])).ToArbitrary();
}
