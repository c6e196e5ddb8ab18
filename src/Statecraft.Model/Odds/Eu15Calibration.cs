using System.Collections.Immutable;

namespace Statecraft.Model.Odds;

/// <summary>The <c>statecraft</c> model's calibration on the EU-15 part of DEU II (Thomson et al. 2012): 172 issues with an outcome, vote-weight capabilities.</summary>
/// <remarks>Values of <see cref="OddsCalibration.Fit"/> on tests/data/deu2/DEU2-EU15.csv, pinned by a test that refits them. Immutable and thread-safe.</remarks>
internal static class Eu15Calibration
{
    /// <summary>109 of 172 outcomes sit exactly at a position some counted actor held.</summary>
    public const double HeldShare = 109.0 / 172;

    /// <summary>4 of 172 outcomes sit exactly at the reference point and at no held position.</summary>
    public const double StatusQuoShare = 4.0 / 172;

    /// <summary>The tail probability whose interval covers the fitted outcomes closest to 80%.</summary>
    public const double Tail = 0.24;

    /// <summary>Gets the outcomes minus the compromise, on 0–100, ascending, rounded to 4 decimals.</summary>
    public static ImmutableArray<double> Residuals { get; } =
    [
        -89.2638, -88.1306, -74.1379, -72.8938, -69.8972, -66.8842, -57.6923, -54.1115, -53.2319, -52.9637, -52.0288,
        -50.3215, -50.0000, -49.3560, -48.0230, -47.9882, -47.7217, -47.1037, -45.9259, -45.2951, -40.3125, -37.0536,
        -36.6207, -34.9353, -34.5260, -34.4444, -33.3333, -32.2624, -32.1219, -31.5284, -31.0606, -27.7982, -27.7778,
        -27.7331, -27.1127, -26.0479, -25.7576, -23.7339, -23.5265, -23.4908, -22.0798, -21.7949, -21.4876, -20.6806,
        -20.2703, -18.3344, -18.0165, -17.6190, -17.5439, -17.3913, -17.3430, -17.1593, -16.7845, -16.5012, -16.1560,
        -15.7771, -15.6652, -15.6614, -14.3739, -13.8953, -13.6054, -13.3002, -12.6538, -12.6109, -11.2334, -11.1111,
        -10.8444, -10.7407, -10.5462, -8.1938, -8.0503, -7.7855, -7.6837, -6.9869, -6.8182, -6.4374, -5.8824, -5.5102,
        -4.8267, -4.7748, -4.6928, -4.3623, -3.1441, -2.7423, -2.6602, -2.3219, -2.2581, -2.0513, -1.6931, -1.5942,
        -1.4275, -1.1892, -0.4916, 0.3973, 0.4301, 0.5556, 0.7492, 1.1916, 1.2324, 1.9252, 2.3904, 2.3904, 3.3075,
        3.7500, 3.8767, 4.0019, 4.2200, 4.6729, 4.6729, 4.7020, 5.1692, 5.2341, 5.8882, 6.9252, 7.3026, 8.2313,
        8.8031, 9.2651, 9.5743, 10.7221, 10.8776, 11.3842, 12.0846, 12.2377, 12.4138, 12.7065, 12.9060, 13.7037,
        13.8571, 14.0707, 14.3046, 14.5299, 15.7143, 15.8305, 16.7047, 16.8598, 18.6916, 19.7791, 20.9619, 21.7156,
        22.9977, 23.7598, 24.7122, 27.7196, 28.6419, 29.2226, 30.8135, 31.5234, 31.8584, 32.4190, 32.4785, 32.5771,
        34.1837, 34.6051, 36.4662, 37.3585, 38.8728, 38.9256, 41.9743, 43.4255, 46.9406, 47.0943, 47.9580, 48.9362,
        52.9716, 57.0376, 59.8976, 61.5385, 63.4409, 74.3590, 76.2282, 79.3194
    ];
}
