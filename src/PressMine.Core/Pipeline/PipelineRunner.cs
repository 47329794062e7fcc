using System.Diagnostics;
using PressMine.Clean;
using PressMine.Dedup;
using PressMine.Extract;
using PressMine.Places;
using PressMine.Records;
using PressMine.Segment;
using PressMine.Sink;
using PressMine.Sink.Staging;
using PressMine.Sources;

namespace PressMine.Pipeline;

/// <summary>
/// The main job: read → per-page steps on all cores (checkpointed) → corpus steps (dedup) → write and publish.
/// A rerun after a kill resumes from the checkpoint in the staging directory, when that was built by the same run.
/// </summary>
public sealed class PipelineRunner(IPlaceResolver places, IDatasetTables tables)
{
    const string CheckpointFile = "checkpoint.jsonl";

    /// <summary>Runs the job <paramref name="options"/> describe and publishes the dataset; returns what it wrote.</summary>
    /// <param name="options">Inputs, output directory and settings.</param>
    /// <param name="progress">Told the phase and counts as the run goes; null for none.</param>
    /// <param name="cancel">Stops the run; the staging directory keeps its checkpoint for a rerun to resume.</param>
    /// <param name="notice">Told, in words, when a staging directory from a different run is discarded.</param>
    public RunSummary Run(RunOptions options, IProgress<RunProgress>? progress = null, CancellationToken cancel = default,
        Action<string>? notice = null)
    {
        var clock = Stopwatch.StartNew();
        OutputDirectoryGuard.Check(options.OutDir, options.Inputs);
        using var stagingDirectory = StagingDirectory.Open(options.OutDir, RunFingerprint.For(options), RunFingerprint.InputFiles(options),
            [CheckpointFile], notice);
        var staging = stagingDirectory.Path;
        var checkpointPath = Path.Combine(staging, CheckpointFile);
        var corpusSteps = new CorpusStepList(options.CorpusSteps);
        // Every checkpoint line is read back once, by the write pass: where each page's latest line is stays in memory,
        // and the dedup steps get their signatures from the per-page workers, which sign a page as it is done.
        var latest = new Dictionary<string, (string SourcePath, long Offset, bool Ok)>(StringComparer.Ordinal);
        var signatures = corpusSteps.Steps.OfType<DedupStep>().Where(s => s.SignsArticles).Select(s => s.NewSignatureStore(staging)).ToList();
        void Checkpointed(ProcessedPage page, long offset)
        {
            bool ok = page.Article.Status == ArticleStatus.Ok;
            if (ok) foreach (var store in signatures) store.Add(page.Article);
            lock (latest) latest[page.Article.Id] = (page.Article.SourcePath, offset, ok);
        }
        var steps = new StepList(StandardSteps.Create(options.StepOptions, places).All);
        int resumed = 0, processed = 0, rejected = 0, facts = 0;
        double processSeconds;
        CorpusDecisions decisions;
        try
        {
            if (File.Exists(checkpointPath))
            {
                using var earlier = new CheckpointReader(checkpointPath);
                foreach (var (offset, page) in earlier.ReadAll()) Checkpointed(page, offset);
            }
            var done = latest.Keys.ToHashSet(StringComparer.Ordinal);
            resumed = done.Count;
            var executor = new ShardedExecutor(options.Shard, new LocalParallelExecutor(options.Parallelism));
            var lastReport = Stopwatch.StartNew();

            using (var checkpoint = new CheckpointStore(checkpointPath))
            {
                var pages = new FileSystemSource(options.Inputs, include: options.Include).Read(cancel).Where(p => !done.Contains(p.Id));
                executor.Run(pages, steps, document =>
                {
                    var result = document.ToProcessedPage();
                    Checkpointed(result, checkpoint.Append(result));
                    int count = Interlocked.Increment(ref processed);
                    if (count == options.PauseAfterPages)
                    {
                        checkpoint.Flush();
                        // Said only once the pages are on disk, so a test that interrupts on this line knows what is saved.
                        progress?.Report(new RunProgress("paused", count, resumed, rejected, facts, clock.Elapsed.TotalSeconds));
                        cancel.WaitHandle.WaitOne();
                    }
                    Interlocked.Add(ref facts, result.Facts.Count);
                    if (result.Article.Status == ArticleStatus.Rejected) Interlocked.Increment(ref rejected);
                    if (progress is not null && (count == 1 || lastReport.ElapsedMilliseconds > 250)) // the first page is always reported
                    {
                        lastReport.Restart();
                        progress.Report(new RunProgress("process", processed, resumed, rejected, facts, clock.Elapsed.TotalSeconds));
                    }
                }, cancel);
                checkpoint.Flush();
            }
            processSeconds = clock.Elapsed.TotalSeconds;
            progress?.Report(new RunProgress("dedup", processed, resumed, rejected, facts, processSeconds));

            var okById = latest.Where(e => e.Value.Ok).Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
            var previous = AtomicDirectory.IsComplete(options.OutDir) ? options.OutDir : null;
            using var articles = new CheckpointReader(checkpointPath);
            decisions = corpusSteps.Run(() => okById, id => articles.ReadAt(latest[id].Offset).Article, signatures, staging, previous, cancel);
        }
        finally
        {
            foreach (var store in signatures) store.Dispose();
        }
        var duplicates = decisions.Duplicates;
        double dedupSeconds = clock.Elapsed.TotalSeconds - processSeconds;

        using var reader = new CheckpointReader(checkpointPath);
        progress?.Report(new RunProgress("write", processed, resumed, rejected, facts, clock.Elapsed.TotalSeconds));
        var ordered = latest.Values.OrderBy(e => e.SourcePath, StringComparer.Ordinal).ThenBy(e => e.Offset).Select(e => e.Offset).ToList();
        var files = new List<ManifestInput>(ordered.Count);
        var paths = new SourcePathStyle(options.Inputs, options.AbsolutePaths);
        int okCount = 0, rejectedCount = 0;
        IEnumerable<ProcessedPage> Pages()
        {
            foreach (var offset in ordered)
            {
                var read = reader.ReadAt(offset);
                if (decisions.Rejected.TryGetValue(read.Article.Id, out var reason)) read = read.Reject(reason);
                var page = read with { Article = read.Article with { SourcePath = paths.For(read.Article.SourcePath) } };
                files.Add(new ManifestInput(page.Article.SourcePath, page.Article.Id, page.InputSha256));
                if (page.Article.Status == ArticleStatus.Ok && !duplicates.ContainsKey(page.Article.Id)) okCount++;
                if (page.Article.Status == ArticleStatus.Rejected) rejectedCount++;
                yield return page;
            }
        }
        var (articleCount, factCount) = tables.Write(staging, new TableOptions(options.Formats, options.Tokens, options.Csv, options.MemoryLimit),
            Pages(), duplicates);
        reader.Dispose();
        File.Delete(checkpointPath);

        var manifest = new Manifest(
            RunFingerprint.Version,
            DateTimeOffset.Now.ToString("O"),
            options.Inputs.Select(paths.Root).ToList(),
            options.Shard.Count > 1 ? options.Shard.ToString() : null,
            options.Formats.Select(f => f.ToString().ToLowerInvariant()).Order().ToList(),
            options.Tokens,
            Manifest.CountsWith(new Dictionary<string, int>
            {
                ["articles"] = articleCount, ["ok"] = okCount, ["duplicate"] = duplicates.Count,
                ["rejected"] = rejectedCount, ["facts"] = factCount, ["resumed"] = resumed,
            }, decisions.Counts),
            new Dictionary<string, double>
            {
                ["process"] = Math.Round(processSeconds, 3), ["dedup"] = Math.Round(dedupSeconds, 3),
                ["total"] = Math.Round(clock.Elapsed.TotalSeconds, 3),
            },
            files)
        {
            Settings = RunFingerprint.Settings(options), Run = RunFingerprint.RunId(stagingDirectory.Fingerprint),
            Steps = [.. steps.Describe(), .. corpusSteps.Describe()], StepStats = [.. steps.Reports(), .. corpusSteps.Reports()],
        };
        manifest.WriteTo(staging);
        stagingDirectory.Publish(options.OutDir);
        return new RunSummary(options.OutDir, articleCount, okCount, duplicates.Count, rejectedCount, factCount, resumed, clock.Elapsed.TotalSeconds);
    }
}
