using PressMine.Pipeline;
using Spectre.Console;

namespace PressMine.Cli.Commands;

/// <summary>A live status line on a terminal; plain periodic log lines on stderr otherwise (CI, pipes).</summary>
public static class ProgressDisplay
{
    public static RunSummary Run(Func<IProgress<RunProgress>, RunSummary> work)
    {
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected && !Console.IsOutputRedirected)
        {
            RunSummary? summary = null;
            AnsiConsole.Status().Start("starting…", context =>
            {
                summary = work(new Progress<RunProgress>(p => context.Status(Markup.Escape(Describe(p)))));
            });
            return summary!;
        }
        var lastLog = DateTime.MinValue;
        return work(new InlineProgress(p =>
        {
            if (p.Phase == "process" && (DateTime.UtcNow - lastLog).TotalSeconds < 5) return;
            lastLog = DateTime.UtcNow;
            Console.Error.WriteLine($"[pressmine] {Describe(p)}");
        }));
    }

    static string Describe(RunProgress p) =>
        $"{p.Phase}: {p.Processed} pages processed ({p.Processed / Math.Max(p.Seconds, 0.001):F0}/s), {p.Rejected} rejected, {p.Facts} facts" +
        (p.Resumed > 0 ? $", {p.Resumed} from an earlier run" : "") + $", {p.Seconds:F1} s";

    /// <summary>Reports synchronously on the caller's thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    sealed class InlineProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        readonly object gate = new();
        public void Report(RunProgress value) { lock (gate) report(value); }
    }
}
