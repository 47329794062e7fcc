using System.Diagnostics;
using PressMine.Clean;
using PressMine.Dedup;
using PressMine.Extract;
using PressMine.Records;
using PressMine.Segment;
using PressMine.Sink;
using PressMine.Sources;

namespace PressMine.Pipeline;

/// <summary>
/// The main job: read → per-page stages on all cores (checkpointed) → corpus-wide dedup → write and publish.
/// A rerun after a kill resumes from the checkpoint in the staging directory.
/// </summary>
public sealed class PipelineRunner(IPlaceResolver places)
{
    public RunSummary Run(RunOptions options, IProgress<RunProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var staging = AtomicDirectory.StagingFor(options.OutDir);
        Directory.CreateDirectory(staging);
        var checkpointPath = Path.Combine(staging, "checkpoint.jsonl");
        var done = CheckpointStore.ReadAll(checkpointPath).Select(p => p.Article.Id).ToHashSet();
        int resumed = done.Count, processed = 0, rejected = 0, facts = 0;

        var segmenter = ChineseSegmenter.Shared(options.UserDictionary);
        var processor = new PageProcessor(new PageCleaner(), new FactExtractor(places), options.Tokens ? segmenter : null,
            Extract.Topic.TopicModel.LoadDefault());
        var lastReport = Stopwatch.StartNew();

        using (var checkpoint = new CheckpointStore(checkpointPath))
        {
            var pages = new FileSystemSource(options.Inputs).Read(cancel)
                .Where(p => options.Shard.Contains(p.Identity) && !done.Contains(p.Id));
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancel };
            Parallel.ForEach(pages, parallel, page =>
            {
                var result = processor.Process(page);
                checkpoint.Append(result);
                Interlocked.Increment(ref processed);
                Interlocked.Add(ref facts, result.Facts.Count);
                if (result.Article.Status == ArticleStatus.Rejected) Interlocked.Increment(ref rejected);
                if (progress is not null && lastReport.ElapsedMilliseconds > 250)
                {
                    lastReport.Restart();
                    progress.Report(new RunProgress("process", processed, resumed, rejected, facts, clock.Elapsed.TotalSeconds));
                }
            });
            checkpoint.Flush();
        }
        double processSeconds = clock.Elapsed.TotalSeconds;
        progress?.Report(new RunProgress("dedup", processed, resumed, rejected, facts, processSeconds));

        var all = LatestPerId(CheckpointStore.ReadAll(checkpointPath));
        var hasher = new MinHasher();
        var signatures = all.Values.Where(p => p.Article.Status == ArticleStatus.Ok)
            .Select(p => DedupSignature.For(p.Article, hasher)).ToList();
        var duplicates = new Deduplicator().FindDuplicates(signatures);
        double dedupSeconds = clock.Elapsed.TotalSeconds - processSeconds;

        progress?.Report(new RunProgress("write", processed, resumed, rejected, facts, clock.Elapsed.TotalSeconds));
        var ordered = all.Values.OrderBy(p => p.Article.SourcePath, StringComparer.Ordinal).ToList();
        var writer = new DatasetWriter(staging, options.Formats, options.Tokens);
        var (articleCount, factCount) = writer.Write(ordered, duplicates);
        File.Delete(checkpointPath);

        int okCount = ordered.Count(p => p.Article.Status == ArticleStatus.Ok) - duplicates.Count;
        int rejectedCount = ordered.Count(p => p.Article.Status == ArticleStatus.Rejected);
        var manifest = new Manifest(
            typeof(PipelineRunner).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            DateTimeOffset.Now.ToString("O"),
            options.Inputs,
            options.Shard.Count > 1 ? options.Shard.ToString() : null,
            options.Formats.Select(f => f.ToString().ToLowerInvariant()).Order().ToList(),
            options.Tokens,
            new Dictionary<string, int>
            {
                ["articles"] = articleCount, ["ok"] = okCount, ["duplicate"] = duplicates.Count,
                ["rejected"] = rejectedCount, ["facts"] = factCount, ["resumed"] = resumed,
            },
            new Dictionary<string, double>
            {
                ["process"] = Math.Round(processSeconds, 3), ["dedup"] = Math.Round(dedupSeconds, 3),
                ["total"] = Math.Round(clock.Elapsed.TotalSeconds, 3),
            },
            ordered.Select(p => new ManifestInput(p.Article.SourcePath, p.Article.Id, p.InputSha256)).ToList());
        manifest.WriteTo(staging);
        AtomicDirectory.Publish(staging, options.OutDir);
        return new RunSummary(options.OutDir, articleCount, okCount, duplicates.Count, rejectedCount, factCount, resumed, clock.Elapsed.TotalSeconds);
    }

    /// <summary>A page processed twice (a kill after the append, before the skip set saw it) counts once.</summary>
    static Dictionary<string, ProcessedPage> LatestPerId(IEnumerable<ProcessedPage> pages)
    {
        var byId = new Dictionary<string, ProcessedPage>();
        foreach (var page in pages) byId[page.Article.Id] = page;
        return byId;
    }
}
