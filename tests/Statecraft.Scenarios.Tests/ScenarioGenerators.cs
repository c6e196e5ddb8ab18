using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Statecraft.Model.Domain;

namespace Statecraft.Scenarios.Tests;

/// <summary>FsCheck generators of valid scenarios with awkward text (quotes, colons, hashes, YAML words, newlines,
/// non-ASCII) and full-precision numbers, for round-trip properties.</summary>
internal static class ScenarioGenerators
{
    private static readonly string[] Texts =
    [
        "plain", "two words", "x: y", "#hash", "- dash", "null", "true", "~", "1", "0.5", ".inf", "nan", "quote \"q\" here", "it's",
        "back\\slash", "line one\nline two", "trailing\n", " lead", "tab\there", "é 中文 ✓", "[a, b]", "{k: v}", "@at", "a  b", "",
    ];

    private static readonly string[] Ids = ["USA", "EU (incl Norway)", "Policy Position", "x: y", "null", "1", "-z", "#h", "a'b", "é", "tab\tid", "A"];

    private static Gen<string> Text => Gen.Elements(Texts);

    private static Gen<string?> Optional(Gen<string> g) => Gen.Frequency((1, Gen.Constant<string?>(null)), (2, g.Select(s => (string?)s)));

    private static Gen<double> Number => Gen.Frequency(
        (3, Gen.Choose(-1000, 1000).Select(i => (double)i)),
        (3, Gen.Choose(int.MinValue, int.MaxValue).Select(i => i / 7.0)),
        (1, Gen.Choose(1, 1000).Select(i => i * 1e-9)));

    public static Arbitrary<Scenario> Scenarios() =>
        (from nIssues in Gen.Choose(1, 3)
         from nActors in Gen.Choose(1, 4)
         from issueIds in Gen.Shuffle(Ids).Select(a => a.Take(nIssues).ToArray())
         from actorIds in Gen.Shuffle(Ids).Select(a => a.Take(nActors).ToArray())
         from issues in Gen.CollectToArray(issueIds.Select(id => IssueGen(id, actorIds)))
         from actors in Gen.CollectToArray(actorIds.Select(ActorGen))
         from stances in Gen.CollectToArray(actorIds.Select((a, k) => StancesGen(a, k == 0, issues.ToArray())))
         from title in Text.Where(t => t.Length > 0)
         from description in Optional(Text)
         from year in Gen.Choose(1950, 2050)
         from hasDate in Gen.Elements(true, false)
         from sources in Text.ListOf()
         from seed in Gen.Frequency((1, Gen.Constant<ulong?>(null)), (1, Gen.Elements<ulong?>(0, 42, ulong.MaxValue)))
         from settings in Gen.Elements(
             ImmutableDictionary<string, ModelSettings>.Empty,
             ImmutableDictionary<string, ModelSettings>.Empty.Add("eu", ModelSettings.From([new("preset", "scholz-code"), new("rounds", "10")])))
         from why in Gen.SubListOf(actorIds.SelectMany(a => issueIds.Select(i => $"stances.{a}.{i}.position")).Concat(actorIds.Select(a => $"actors.{a}.capability")))
         select new Scenario(
             new ScenarioMetadata(title)
             {
                 Description = description,
                 AsOf = hasDate ? new DateOnly(year, 2, 28) : null,
                 Sources = [.. sources],
             },
             actors, issues, stances.SelectMany(s => s))
         {
             Seed = seed,
             ModelSettings = settings.WithComparers(StringComparer.OrdinalIgnoreCase),
             Rationales = why.ToImmutableDictionary(k => k, k => "because: " + k),
         }).ToArbitrary();

    private static Gen<Issue> IssueGen(string id, string[] actorIds) =>
        from name in Text.Where(t => t.Length > 0)
        from min in Number
        from width in Gen.Choose(1, 100_000).Select(w => w / 3.0)
        from label in Optional(Text)
        from reference in Gen.Choose(0, 100).Select(p => (double?)Math.Min(min + (width * p / 100), min + width))
        from hasReference in Gen.Elements(true, false)
        from flags in Gen.SubListOf(["armed-conflict", "survival"])
        from conflict in Gen.Elements(true, false)
        from cost in Gen.Choose(0, 100).Select(c => c / 1000.0)
        select new Issue(id, name, new IssueScale(min, min + width, label is null ? null : [new ScaleLabel(min, label)]))
        {
            ReferencePoint = hasReference ? reference : null,
            Outcome = hasReference ? null : reference,
            Flags = [.. flags],
            Group = label,
            Conflict = conflict
                ? new ArmedConflict([.. actorIds], cost, min + width) { CostByActor = ImmutableDictionary<string, double>.Empty.Add(actorIds[0], cost / 2) }
                : null,
        };

    private static Gen<Actor> ActorGen(string id) =>
        from name in Text.Where(t => t.Length > 0)
        from capability in Gen.Choose(1, int.MaxValue).Select(c => c / 1e4)
        from description in Optional(Text)
        select new Actor(id, name, capability, description, description is null ? null : "group");

    private static Gen<Stance[]> StancesGen(string actorId, bool first, Issue[] issues) =>
        Gen.CollectToArray(issues.Select(issue =>
            from p in Gen.Choose(0, 1000)
            from s in Gen.Choose(first ? 1 : 0, 1000)
            from c in Gen.Frequency((2, Gen.Constant<double?>(null)), (1, Gen.Choose(1, 1000).Select(v => (double?)(v / 7.0))))
            select new Stance(actorId, issue.Id, Math.Min(issue.Scale.Min + (issue.Scale.Range * p / 1000), issue.Scale.Max), s / 1000.0, c)))
        .Select(list => list.ToArray());
}
