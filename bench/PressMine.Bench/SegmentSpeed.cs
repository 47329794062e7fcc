using System.Diagnostics;
using PressMine.Segment;

namespace PressMine.Bench;

/// <summary>
/// `segspeed [--engine fast|jieba]`: meant to run in a fresh process. Prints the load time, the cold curve
/// (chars/s for each 100 k-char step of the first 1 M chars), then warm chars/s on one thread and on all cores.
/// </summary>
public static class SegmentSpeed
{
    const int Step = 100_000, ColdChars = 1_000_000;

    public static int Run(string[] args)
    {
        var engine = args.Length > 1 && args[0] == "--engine" && args[1] == "jieba" ? SegmenterEngine.JiebaNet : SegmenterEngine.Fast;
        var clock = Stopwatch.StartNew();
        var segmenter = ChineseSegmenter.Shared(engine: engine);
        Console.WriteLine($"engine {engine}; load {clock.Elapsed.TotalMilliseconds:F0} ms");

        var lines = BenchText.Lines(20_000);
        int next = 0;
        Console.Write("cold k chars/s per 100 k step:");
        for (int done = 0; done < ColdChars; done += Step)
        {
            clock.Restart();
            int chars = 0;
            while (chars < Step) { var line = lines[next++ % lines.Length]; chars += line.Length; segmenter.Cut(line); }
            Console.Write($" {chars / clock.Elapsed.TotalSeconds / 1e3:F0}");
        }
        Console.WriteLine();

        long total = lines.Sum(l => (long)l.Length);
        double single = Best(3, () => { foreach (var l in lines) segmenter.Cut(l); }, total);
        double parallel = Best(3, () => lines.AsParallel().ForAll(l => segmenter.Cut(l)), total);
        Console.WriteLine($"warm single thread: {single / 1e6:F2} M chars/s");
        Console.WriteLine($"warm all {Environment.ProcessorCount} cores: {parallel / 1e6:F2} M chars/s ({parallel / Environment.ProcessorCount / 1e6:F2} per core)");
        return 0;
    }

    static double Best(int rounds, Action pass, long chars)
    {
        double best = 0;
        for (int r = 0; r < rounds; r++)
        {
            var clock = Stopwatch.StartNew();
            pass();
            best = Math.Max(best, chars / clock.Elapsed.TotalSeconds);
        }
        return best;
    }
}
