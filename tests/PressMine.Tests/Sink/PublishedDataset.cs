using PressMine.Records;
using PressMine.Sink;

namespace PressMine.Tests.Sink;

/// <summary>A small dataset written by the real DatasetWriter and published as `run` would, for sink and export tests.</summary>
internal static class PublishedDataset
{
    public static string Write(IReadOnlyList<ProcessedPage> pages, IReadOnlySet<OutputFormat> formats, CsvOptions? csv = null,
        IReadOnlyDictionary<string, string>? duplicates = null)
    {
        var staging = TestPaths.NewTempDir();
        new DatasetWriter(staging, formats, writeTokens: false, csv).Write(pages, duplicates ?? new Dictionary<string, string>());
        new Manifest("0.1.0", "now", ["pages"], null, formats.Select(f => f.ToString().ToLowerInvariant()).Order().ToList(), false,
            new Dictionary<string, int>(), new Dictionary<string, double>(), []).WriteTo(staging);
        var outDir = staging + "-out";
        AtomicDirectory.Publish(staging, outDir);
        return outDir;
    }
}
