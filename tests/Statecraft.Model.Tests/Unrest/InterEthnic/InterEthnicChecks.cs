using Statecraft.Model.Unrest.InterEthnic;

namespace Statecraft.Model.Tests.Unrest.InterEthnic;

/// <summary>Consistency checks between a Model II simulation's sites, agents, cops and counts.</summary>
internal static class InterEthnicChecks
{
    public static void AssertConsistent(InterEthnicSimulation s)
    {
        var counts = s.Counts;
        var occupants = s.Occupants;
        int blue = 0, green = 0, activeBlue = 0, activeGreen = 0, jailedBlue = 0, jailedGreen = 0;
        for (var a = 0; a < s.Slots; a++)
        {
            var state = s.States[a];
            if (state == 3)
            {
                Assert.Equal(-1, s.Sites[a]);
                continue;
            }

            var isBlue = s.Groups[a] == 0;
            (blue, green) = isBlue ? (blue + 1, green) : (blue, green + 1);
            Assert.True(s.Ages[a] < s.DeathAges[a], $"slot {a} outlived its death age");
            if (state == 2)
            {
                Assert.Equal(-1, s.Sites[a]);
                (jailedBlue, jailedGreen) = isBlue ? (jailedBlue + 1, jailedGreen) : (jailedBlue, jailedGreen + 1);
            }
            else
            {
                // A free agent's site names it back: no site holds two actors.
                Assert.Equal(a, occupants[s.Sites[a]]);
                if (state == 1)
                {
                    (activeBlue, activeGreen) = isBlue ? (activeBlue + 1, activeGreen) : (activeBlue, activeGreen + 1);
                }
            }
        }

        for (var c = 0; c < s.CopSites.Length; c++)
        {
            Assert.Equal(-2 - c, occupants[s.CopSites[c]]);
        }

        var freeAgents = 0;
        var cops = 0;
        foreach (var o in occupants)
        {
            freeAgents += o >= 0 ? 1 : 0;
            cops += o <= -2 ? 1 : 0;
        }

        Assert.Equal(blue + green - jailedBlue - jailedGreen, freeAgents);

        // Adjacent pairs, recounted from all eight neighbours of every agent (each pair is then seen twice).
        var (width, height) = (s.Options.Width, s.Options.Height);
        int seen = 0, seenMixed = 0;
        for (var site = 0; site < occupants.Length; site++)
        {
            var a = occupants[site];
            if (a < 0)
            {
                continue;
            }

            for (var dy = -1; dy <= 1; dy++)
            {
                for (var dx = -1; dx <= 1; dx++)
                {
                    var b = (dx, dy) == (0, 0) ? -1 : occupants[((((site / width) + dy + height) % height) * width) + (((site % width) + dx + width) % width)];
                    if (b >= 0)
                    {
                        seen++;
                        seenMixed += s.Groups[a] != s.Groups[b] ? 1 : 0;
                    }
                }
            }
        }

        Assert.Equal((seen / 2, seenMixed / 2), (counts.AdjacentPairs, counts.MixedPairs));
        Assert.Equal(counts.Cops, cops);
        Assert.Equal((blue, green, activeBlue, activeGreen, jailedBlue, jailedGreen),
            (counts.Blue, counts.Green, counts.ActiveBlue, counts.ActiveGreen, counts.JailedBlue, counts.JailedGreen));
    }

    /// <summary>The Chebyshev distance between two sites on a width × height torus.</summary>
    public static int ChebyshevDistance(int a, int b, int width, int height)
    {
        var dx = Math.Abs((a % width) - (b % width));
        var dy = Math.Abs((a / width) - (b / width));
        return Math.Max(Math.Min(dx, width - dx), Math.Min(dy, height - dy));
    }
}
