using Statecraft.Model.Domain;
using Statecraft.Model.Exchange.Options;
using Statecraft.Model.ExpectedUtility.Options;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Tests.Domain;

/// <summary>The one check of a value set in code against its declaration, which every model's Validate calls.</summary>
public sealed class ModelOptionCheckTests
{
    private static readonly NumberOption Share = new("share", 0.5, 0, 1, "A share.");
    private static readonly IntegerOption Count = new("count", 3, 1, 10, "A count.");
    private static readonly ChoiceOption<DayOfWeek> Day = new("day", DayOfWeek.Monday, "A day.");

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void NumberCheck_AcceptsTheEndsOfItsRange(double value) => Share.Check(value);

    [Theory]
    [InlineData(-0.25, "option 'share' = '-0.25' is not allowed; expected [0, 1].")]
    [InlineData(double.NaN, "option 'share' = 'NaN' is not allowed; expected [0, 1].")]
    public void NumberCheck_RefusesOutsideOrNaN_NamingTheRange(double value, string message) =>
        Assert.Equal(message, Assert.Throws<ModelOptionException>(() => Share.Check(value)).Message);

    [Fact]
    public void IntegerCheck_RefusesOutside_AsTheReaderWords_It()
    {
        Count.Check(10);
        var inCode = Assert.Throws<ModelOptionException>(() => Count.Check(11));
        var read = Assert.Throws<ModelOptionException>(() => Count.Read(ModelSettings.Empty.With("count", "11")));
        Assert.Equal("option 'count' = '11' is not allowed; expected an integer in [1, 10].", inCode.Message);
        Assert.Equal(read.Message, inCode.Message);
    }

    [Fact]
    public void ChoiceCheck_RefusesACastNumber_ListingTheChoices()
    {
        Day.Check(DayOfWeek.Friday);
        var e = Assert.Throws<ModelOptionException>(() => Day.Check((DayOfWeek)9));
        Assert.Equal("option 'day' = '9' is not allowed; expected sunday, monday, tuesday, wednesday, thursday, friday, saturday.", e.Message);
    }

    [Fact]
    public void EveryModelsValidate_GivesTheDeclarationsMessage()
    {
        // eu, smp and exchange call the same check: the same kind of mistake reads the same in each.
        var eu = Assert.Throws<ModelOptionException>(() => (ExpectedUtilityOptions.ScholzCode with { Rounds = -1 }).Validate());
        var smp = Assert.Throws<ModelOptionException>(() => (SmpOptions.Default with { MaxTurns = 0 }).Validate());
        var exchange = Assert.Throws<ModelOptionException>(() => (ExchangeOptions.Default with { Rounds = 0 }).Validate());
        Assert.Equal("option 'rounds' = '-1' is not allowed; expected an integer in [0, 100000].", eu.Message);
        Assert.Equal("option 'max-turns' = '0' is not allowed; expected an integer in [1, 10000].", smp.Message);
        Assert.Equal("option 'rounds' = '0' is not allowed; expected an integer in [1, 10000].", exchange.Message);
    }
}
