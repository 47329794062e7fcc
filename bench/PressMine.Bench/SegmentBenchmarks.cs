using BenchmarkDotNet.Attributes;
using PressMine.Segment;

namespace PressMine.Bench;

/// <summary>
/// Warm segmentation throughput, FastJieba (default) against the jieba.NET library: one pass over 2 000 corpus lines
/// single-threaded and on all cores (chars per pass: see Setup's console line; chars/s = chars / mean).
/// Cold curve and load time: `segspeed` (SegmentSpeed.cs), which must run in a fresh process.
/// </summary>
[MemoryDiagnoser]
public class SegmentBenchmarks
{
    string[] lines = [];
    ChineseSegmenter segmenter = null!;

    [Params(SegmenterEngine.Fast, SegmenterEngine.JiebaNet)]
    public SegmenterEngine Engine { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        segmenter = ChineseSegmenter.Shared(engine: Engine);
        lines = BenchText.Lines(2000);
        Console.WriteLine($"// chars per pass: {lines.Sum(l => l.Length)}");
    }

    [Benchmark]
    public int SingleThread()
    {
        int n = 0;
        foreach (var line in lines) n += segmenter.Cut(line).Count;
        return n;
    }

    [Benchmark]
    public int AllCores() => lines.AsParallel().Sum(line => segmenter.Cut(line).Count);
}
