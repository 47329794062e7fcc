using System.Diagnostics;
using DuckDB.NET.Data;
using PressMine.Dedup;
using PressMine.Records;
using PressMine.Sink;
using PressMine.Sink.Staging;

namespace PressMine.Pipeline;

/// <summary>What a merge wrote.</summary>
/// <param name="OutDir">The published dataset directory.</param>
/// <param name="Shards">Shard datasets merged.</param>
/// <param name="Articles">articles rows: one per input of all shards.</param>
/// <param name="Ok">Rows with status ok after the cross-shard dedup.</param>
/// <param name="Duplicates">Rows with status duplicate after the cross-shard dedup.</param>
/// <param name="Rejected">Rows with status rejected.</param>
/// <param name="Facts">facts rows.</param>
/// <param name="Comparisons">Signature pairs the dedup compared.</param>
/// <param name="Seconds">Wall time of the merge.</param>
public sealed record MergeSummary(string OutDir, int Shards, long Articles, long Ok, int Duplicates, long Rejected, long Facts, long Comparisons, double Seconds);

/// <summary>
/// The global step after sharded runs: the dedup step over the shards' signatures.bin (<see cref="DedupStep.FromShards"/>,
/// bodies are not read for it), then the final tables, DuckDB file, signatures and manifest, published atomically like `run`.
/// </summary>
public sealed class ShardMerger(DedupParameters? parameters = null, int signatureMemoryLimit = 200_000)
{
    /// <param name="shardDirs">The shards' dataset directories, each written by `run --shard i/N` of one run.</param>
    /// <param name="outDir">The merged dataset's directory.</param>
    /// <param name="notice">Told, in words, when a staging directory from a different run is discarded.</param>
    /// <param name="cancel">Checked between the phases; a cancelled merge publishes nothing.</param>
    public MergeSummary Merge(IReadOnlyList<string> shardDirs, string outDir, Action<string>? notice = null,
        CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var manifests = shardDirs.Select(d => Manifest.ReadFrom(d)
            ?? throw new InvalidOperationException($"'{d}' is not a complete PressMine dataset (no {Manifest.FileName})")).ToList();
        foreach (var d in shardDirs)
            if (!File.Exists(Path.Combine(d, SignatureFile.FileName)))
                throw new InvalidOperationException($"'{d}' has no {SignatureFile.FileName}; rerun that shard with this version");
        ShardSet.Check(shardDirs, manifests);
        ShardSet.CheckUniqueArticles(shardDirs);

        OutputDirectoryGuard.Check(outDir, shardDirs);
        var fingerprint = new StagingFingerprint("merge", RunFingerprint.Version, new Dictionary<string, string>(),
            shardDirs.Select(Path.GetFullPath).ToList());
        using var stagingDirectory = StagingDirectory.Open(outDir, fingerprint, [], resumable: [], notice);
        var staging = stagingDirectory.Path;

        var dedupStep = DedupStep.FromShards(shardDirs, new DedupStepOptions
            { Parameters = parameters ?? DedupParameters.Default, SignatureMemoryLimit = signatureMemoryLimit });
        var corpusSteps = new CorpusStepList([dedupStep]);
        var decisions = corpusSteps.Run(() => [], staging, previousDataset: null, cancel);
        var duplicates = decisions.Duplicates;
        long comparisons = decisions.Counts.GetValueOrDefault("dedup_comparisons");

        cancel.ThrowIfCancellationRequested();
        bool tokens = shardDirs.All(d => File.Exists(Path.Combine(d, "tokens.parquet")));
        var formats = manifests.SelectMany(m => m.Formats).Distinct().Order().ToList();
        var counts = MergeTables.Write(staging, shardDirs, duplicates, tokens, formats);

        var manifest = new Manifest(
            RunFingerprint.Version,
            DateTimeOffset.Now.ToString("O"),
            manifests.SelectMany(m => m.Inputs).Distinct().ToList(),
            null,
            formats,
            tokens,
            Manifest.CountsWith(new Dictionary<string, int>
            {
                ["articles"] = (int)counts.Articles, ["ok"] = (int)counts.Ok, ["duplicate"] = duplicates.Count,
                ["rejected"] = (int)counts.Rejected, ["facts"] = (int)counts.Facts, ["shards"] = shardDirs.Count,
            }, decisions.Counts),
            new Dictionary<string, double> { ["merge"] = Math.Round(clock.Elapsed.TotalSeconds, 3) },
            manifests.SelectMany(m => m.Files).OrderBy(f => f.Path, StringComparer.Ordinal).ToList())
        {
            // The shards' step list, when they all ran the same one: the merged dataset was made by those steps.
            Steps = manifests.Select(m => m.Steps).DistinctBy(StepListKey).Count() == 1 ? manifests[0].Steps : null,
            StepStats = corpusSteps.Reports(),
        };
        manifest.WriteTo(staging);
        cancel.ThrowIfCancellationRequested();
        stagingDirectory.Publish(outDir);
        return new MergeSummary(outDir, shardDirs.Count, counts.Articles, counts.Ok, duplicates.Count, counts.Rejected,
            counts.Facts, comparisons, clock.Elapsed.TotalSeconds);
    }

    static string StepListKey(IReadOnlyList<StepDescription>? steps) => steps is null ? "" :
        string.Join(';', steps.Select(s => s.Name + "(" + string.Join(',', s.Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Key + "=" + o.Value)) + ")"));
}

/// <summary>The merged tables, built by DuckDB straight from the shards' Parquet files with the global dedup applied.</summary>
static class MergeTables
{
    public sealed record Counts(long Articles, long Ok, long Rejected, long Facts);

    public static Counts Write(string staging, IReadOnlyList<string> shardDirs, IReadOnlyDictionary<string, string> duplicates,
        bool tokens, IReadOnlyList<string> formats)
    {
        using var connection = new DuckDBConnection(DatabaseFile.WriterConnectionString(Path.Combine(staging, DatabaseFile.Name)));
        connection.Open();
        TableExport.Execute(connection, DatasetSchema.Articles);
        TableExport.Execute(connection, DatasetSchema.Facts);
        TableExport.Execute(connection, "CREATE TEMP TABLE dups (id VARCHAR PRIMARY KEY, canonical VARCHAR NOT NULL)");
        using (var appender = connection.CreateAppender("dups"))
            foreach (var (id, canonical) in duplicates) appender.CreateRow().AppendValue(id).AppendValue(canonical).EndRow();

        string Files(string table) => "[" + string.Join(", ", shardDirs.Select(d => TableExport.Quote(Path.Combine(Path.GetFullPath(d), table + ".parquet")))) + "]";
        TableExport.Execute(connection, $"""
            INSERT INTO articles
            SELECT a.* REPLACE (
                CASE WHEN d.id IS NOT NULL THEN 'duplicate' WHEN a.status = 'duplicate' THEN 'ok' ELSE a.status END AS status,
                d.canonical AS duplicate_of)
            FROM read_parquet({Files("articles")}) a LEFT JOIN dups d ON d.id = a.id
            ORDER BY a.source_path, a.id
            """);
        TableExport.Execute(connection, $"""
            INSERT INTO facts SELECT f.* FROM read_parquet({Files("facts")}) f
            JOIN articles a ON a.id = f.article_id ORDER BY a.source_path, f.evidence_start, f.metric
            """);
        var tables = new List<string> { "articles", "facts" };
        if (tokens)
        {
            TableExport.Execute(connection, DatasetSchema.Tokens);
            TableExport.Execute(connection, $"INSERT INTO tokens SELECT * FROM read_parquet({Files("tokens")}) ORDER BY article_id");
            tables.Add("tokens");
        }
        foreach (var view in DatasetSchema.Views) TableExport.Execute(connection, view);
        var formatSet = formats.Select(f => Enum.Parse<OutputFormat>(f, ignoreCase: true)).ToHashSet();
        TableExport.Export(connection, staging, tables, formatSet);
        var counts = new Counts(
            Scalar(connection, "SELECT count(*) FROM articles"),
            Scalar(connection, "SELECT count(*) FROM articles WHERE status = 'ok'"),
            Scalar(connection, "SELECT count(*) FROM articles WHERE status = 'rejected'"),
            Scalar(connection, "SELECT count(*) FROM facts"));
        TableExport.Execute(connection, "CHECKPOINT");
        return counts;
    }

    static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
