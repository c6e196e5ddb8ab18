using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Statecraft.Model.Backtesting;

namespace Statecraft.Model.Tests.Backtesting;

public class ErrorSummaryTests
{
    [Fact]
    public void FromErrors_HandComputed_GivesMaeMedianAndRmse()
    {
        // Given errors −3, 1, 4, −8
        // When summarised
        var s = ErrorSummary.FromErrors([-3, 1, 4, -8]);

        // Then MAE = 16/4 = 4, median |e| = (3 + 4)/2 = 3.5, RMSE = √(90/4)
        Assert.Equal(4, s.N);
        Assert.Equal(4.0, s.MeanAbsoluteError);
        Assert.Equal(3.5, s.MedianAbsoluteError);
        Assert.Equal(Math.Sqrt(90 / 4.0), s.RootMeanSquaredError!.Value, 1e-12);
    }

    [Fact]
    public void FromErrors_OddCount_MedianIsTheMiddleValue()
    {
        Assert.Equal(2.0, ErrorSummary.FromErrors([5, -2, 1]).MedianAbsoluteError);
    }

    [Fact]
    public void FromErrors_None_IsEmpty()
    {
        Assert.Equal(ErrorSummary.Empty, ErrorSummary.FromErrors([]));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FromErrors_NotFinite_Throws(double bad)
    {
        var e = Assert.Throws<ArgumentException>(() => ErrorSummary.FromErrors([1, bad]));
        Assert.StartsWith($"Error {bad} is not finite.", e.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property FromErrors_MedianAtMostRmseBound_AndMaeAtMostRmse(NonEmptyArray<NormalFloat> sample)
    {
        var errors = sample.Get.Select(x => x.Get % 1000).ToArray();
        var s = ErrorSummary.FromErrors(errors);
        return (s.MeanAbsoluteError!.Value <= s.RootMeanSquaredError!.Value + 1e-9
                && s.MedianAbsoluteError!.Value <= errors.Max(Math.Abs)
                && s.N == errors.Length).ToProperty();
    }
}
