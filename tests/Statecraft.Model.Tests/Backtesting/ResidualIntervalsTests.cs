using Statecraft.Model.Backtesting;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Tests.Backtesting;

public class ResidualIntervalsTests
{
    [Fact]
    public void Forecast_PointPlusResiduals_GivesType7IntervalAndClampedDistribution()
    {
        // Given residuals −10, 0, 10 and 60 (sorted) and a forecast of 50 on 0–100
        var issue = new Issue("i", "i", IssueScale.Percent) { Outcome = 40 };
        var residuals = ResidualIntervals.Residuals([(issue, 50), (issue, 40), (issue, 30), (issue, -20)]);
        Assert.Equal([-10.0, 0, 10, 60], residuals);

        var f = ResidualIntervals.Forecast(issue, 50, residuals);

        // Then q10 = −10 + 0.3·10 = −7, q90 = 10 + 0.7·50 = 45: [43, 95]; the point 50 + 60 is clamped to 100
        Assert.Equal(43, f.Low, 12);
        Assert.Equal(95, f.High, 12);
        Assert.Equal([40.0, 50, 60, 100], f.Distribution.Positions.ToArray());
        Assert.True(f.Covers(43));
        Assert.False(f.Covers(42.9));
    }
}
