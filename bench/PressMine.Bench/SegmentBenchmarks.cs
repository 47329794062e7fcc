using BenchmarkDotNet.Attributes;
using PressMine.Segment;

namespace PressMine.Bench;

/// <summary>jieba.NET through PressMine's wrapper: chars/s single-threaded and on all cores.</summary>
[MemoryDiagnoser]
public class SegmentBenchmarks
{
    string[] lines = [];
    ChineseSegmenter segmenter = null!;

    [GlobalSetup]
    public void Setup()
    {
        segmenter = ChineseSegmenter.Shared();
        lines = BenchText.Lines(2000);
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
