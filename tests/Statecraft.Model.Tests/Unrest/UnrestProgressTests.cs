using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Tests.Unrest;

public class UnrestProgressTests
{
    private sealed class Recorder : IProgress<double>
    {
        public List<double> Values { get; } = [];

        public void Report(double value) => Values.Add(value);
    }

    [Fact]
    public void Run_WithProgress_SameTicksAndAtMostOneReportPerPercentEndingAtOne()
    {
        // Given Run 2 on the default lattice for 250 ticks,
        var model = new UnrestModel(new UnrestOptions());
        var progress = new Recorder();

        // When it runs with and without a progress sink,
        var plain = model.Run(250, 7);
        var watched = model.Run(250, 7, progress, CancellationToken.None);

        // Then the ticks are the same, and the reports rise to 1 once per percent (100 of them for 250 ticks).
        Assert.Equal(plain.Ticks.ToArray(), watched.Ticks.ToArray());
        Assert.Equal(100, progress.Values.Count);
        Assert.Equal(progress.Values.Order().ToArray(), progress.Values.ToArray());
        Assert.Equal(1.0, progress.Values[^1]);
    }

    [Fact]
    public void Run_Cancelled_ThrowsBeforeTheNextTick()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => new UnrestModel(new UnrestOptions()).Run(10, 1, null, cts.Token));
    }
}
