using System.Diagnostics;
using PressMine.Sink;
using PressMine.Extract;
using PressMine.Pipeline;
using PressMine.Places;

namespace PressMine.Bench;

/// <summary>End-to-end throughput of `pressmine run` over a set of pages, repeated to get past JIT warm-up.</summary>
public static class Throughput
{
    public static int Run(string[] args)
    {
        int threads = Environment.ProcessorCount, repeat = 5;
        var inputs = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--threads") threads = int.Parse(args[++i]);
            else if (args[i] == "--repeat") repeat = int.Parse(args[++i]);
            else inputs.Add(args[i]);
        }
        if (inputs.Count == 0) inputs.Add(Path.Combine(CorpusLocator.FindCorpusDirectory() ?? "corpus", "pages"));
        long bytes = inputs.SelectMany(EnumerateFiles).Sum(f => new FileInfo(f).Length);

        var runner = new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance);
        var outDir = Path.Combine(Path.GetTempPath(), "pressmine-bench-" + Environment.ProcessId);
        Console.WriteLine($"inputs: {string.Join(", ", inputs)} ({bytes / 1e6:F2} MB), threads {threads}, {repeat} passes after 1 warm-up");
        runner.Run(new RunOptions { Inputs = inputs, OutDir = outDir, Parallelism = threads });
        var times = new List<double>();
        int pages = 0;
        for (int r = 0; r < repeat; r++)
        {
            Directory.Delete(outDir, recursive: true); // a full run each pass: no signatures reused from the last one
            var clock = Stopwatch.StartNew();
            var summary = runner.Run(new RunOptions { Inputs = inputs, OutDir = outDir, Parallelism = threads });
            times.Add(clock.Elapsed.TotalSeconds);
            var phases = PressMine.Sink.Manifest.ReadFrom(outDir)!.TimingsSeconds;
            Console.WriteLine($"  pass {r + 1}: {clock.Elapsed.TotalSeconds:F3} s ({string.Join(", ", phases.Select(kv => $"{kv.Key} {kv.Value:F2}"))})");
            pages = summary.Articles;
        }
        Directory.Delete(outDir, recursive: true);
        double median = times.Order().ElementAt(times.Count / 2);
        Console.WriteLine($"pages {pages}; median {median:F3} s per pass");
        Console.WriteLine($"throughput: {pages / median:F1} pages/s, {bytes / 1e6 / median:F2} MB/s on {threads} thread(s); " +
                          $"per core {pages / median / threads:F1} pages/s, {bytes / 1e6 / median / threads:F2} MB/s");
        Console.WriteLine($"peak memory (VmHWM): {PeakMemory.Megabytes():F0} MB");
        return 0;
    }

    static IEnumerable<string> EnumerateFiles(string input) =>
        Directory.Exists(input) ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories) : [input];
}

public static class PeakMemory
{
    /// <summary>Peak resident set size of this process from /proc (Linux), else the GC's view.</summary>
    public static double Megabytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
            foreach (var line in File.ReadLines(status))
                if (line.StartsWith("VmHWM:"))
                    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
        return Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
    }
}
