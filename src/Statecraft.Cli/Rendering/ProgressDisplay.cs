using Spectre.Console;

namespace Statecraft.Cli.Rendering;

/// <summary>A progress bar for long runs, shown only on an interactive terminal (never in redirected or captured output).</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, with a progress bar labelled <paramref name="label"/> when <paramref name="long"/> is true and the console is interactive.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="console">The console.</param>
    /// <param name="label">What is running, e.g. "Monte Carlo".</param>
    /// <param name="long">Whether the run is expected to take long enough to deserve a bar.</param>
    /// <param name="work">The work; it reports the done share in [0, 1] to the progress it is given (null when no bar is shown).</param>
    /// <returns>What <paramref name="work"/> returned.</returns>
    public static T Run<T>(IAnsiConsole console, string label, bool @long, Func<IProgress<double>?, T> work)
    {
        if (!@long || !console.Profile.Capabilities.Interactive)
        {
            return work(null);
        }

        return console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(label), maxValue: 1.0);
                var result = work(new TaskProgress(task));
                task.Value = 1.0;
                return result;
            });
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = value;
    }
}
