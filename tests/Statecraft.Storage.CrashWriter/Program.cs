using System.Globalization;

namespace Statecraft.Storage.CrashWriter;

/// <summary>
/// Writes one very large run into a store and reports its progress on standard output, so that a test can kill the
/// process in the middle of the transaction: <c>CrashWriter STORE ROWS</c>.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 2 || !long.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var rows))
        {
            Console.Error.WriteLine("usage: CrashWriter STORE ROWS");
            return 2;
        }

        using var store = RunStore.Open(args[0]);
        var record = new RunRecord("monte-carlo", new string('0', 64), "crash", "{}", "compromise", "{}", 1, (int)Math.Min(rows, int.MaxValue), 1, "test", DateTimeOffset.UnixEpoch, "{}");
        Console.Out.WriteLine("open");
        Console.Out.Flush();
        store.Save(record, Rows(rows), new LineProgress());
        Console.Out.WriteLine("committed");
        return 0;
    }

    private static IEnumerable<SampleRow> Rows(long count)
    {
        for (long i = 0; i < count; i++)
        {
            yield return new SampleRow((int)(i / 4), (ulong)i, $"i{i % 4}", i * 0.5);
        }
    }

    private sealed class LineProgress : IProgress<long>
    {
        public void Report(long value)
        {
            Console.Out.WriteLine(value.ToString(CultureInfo.InvariantCulture));
            Console.Out.Flush();
        }
    }
}
