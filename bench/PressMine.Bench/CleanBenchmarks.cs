using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using PressMine.Clean;
using PressMine.Decode;
using PressMine.Pipeline;

namespace PressMine.Bench;

/// <summary>
/// The Clean stage alone (Decode + Clean, no segmentation or extraction) over every corpus page, one thread.
/// One operation = the whole corpus; pages/s and MB/s per core follow from the mean and the sizes printed at setup.
/// Parser options (HtmlCleaner): no position tracking, comments skipped, no frames; script text is kept because
/// JSON-LD dates live there (dependencies-measured.md §1).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class CleanBenchmarks
{
    (byte[] Bytes, bool IsDump)[] pages = [];
    readonly PageCleaner cleaner = new();

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CorpusLocator.FindCorpusDirectory() ?? throw new InvalidOperationException("corpus not found");
        pages = Directory.EnumerateFiles(Path.Combine(corpus, "pages")).Order(StringComparer.Ordinal)
            .Select(p => (File.ReadAllBytes(p), p.EndsWith(".txt", StringComparison.Ordinal))).ToArray();
        long bytes = pages.Sum(p => (long)p.Bytes.Length);
        Console.WriteLine($"// CleanBenchmarks: {pages.Length} pages, {bytes:N0} bytes ({bytes / 1e6:F3} MB) per operation");
    }

    [Benchmark]
    public int DecodeAndClean()
    {
        int accepted = 0;
        foreach (var (bytes, isDump) in pages)
        {
            var decoded = CharsetDecoder.Decode(bytes, null, !isDump, out _);
            if (decoded is not null && cleaner.Clean(decoded.Text, isDump, null).Page is not null) accepted++;
        }
        return accepted;
    }

    [GlobalCleanup]
    public void Cleanup()
        => Console.WriteLine($"// CleanBenchmarks: peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F1} MB");
}
