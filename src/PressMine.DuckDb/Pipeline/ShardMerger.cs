using System.Diagnostics;
using DuckDB.NET.Data;
using PressMine.Dedup;
using PressMine.Sink;
using PressMine.Sink.Staging;

namespace PressMine.Pipeline;

public sealed record MergeSummary(string OutDir, int Shards, long Articles, long Ok, int Duplicates, long Rejected, long Facts, long Comparisons, double Seconds);

/// <summary>
/// The global step after sharded runs: cross-shard dedup from the shards' signatures.bin (bodies are not read for
/// it), then the final tables, DuckDB file, signatures and manifest, published atomically like `run`.
/// </summary>
public sealed class ShardMerger(DedupParameters? parameters = null, int signatureMemoryLimit = 200_000)
{
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

        cancel.ThrowIfCancellationRequested();
        using var set = LoadSignatures(shardDirs, staging);
        var dedup = new Deduplicator(parameters).Run(set);
        SignatureFile.Write(Path.Combine(staging, SignatureFile.FileName),
            set.InOrder().Select(s => new StoredSignature(s, dedup.Duplicates.GetValueOrDefault(s.Id))));

        cancel.ThrowIfCancellationRequested();
        bool tokens = shardDirs.All(d => File.Exists(Path.Combine(d, "tokens.parquet")));
        var formats = manifests.SelectMany(m => m.Formats).Distinct().Order().ToList();
        var counts = MergeTables.Write(staging, shardDirs, dedup.Duplicates, tokens, formats);

        var manifest = new Manifest(
            RunFingerprint.Version,
            DateTimeOffset.Now.ToString("O"),
            manifests.SelectMany(m => m.Inputs).Distinct().ToList(),
            null,
            formats,
            tokens,
            new Dictionary<string, int>
            {
                ["articles"] = (int)counts.Articles, ["ok"] = (int)counts.Ok, ["duplicate"] = dedup.Duplicates.Count,
                ["rejected"] = (int)counts.Rejected, ["facts"] = (int)counts.Facts, ["shards"] = shardDirs.Count,
                ["signatures"] = set.Count, ["dedup_comparisons"] = (int)Math.Min(int.MaxValue, dedup.Comparisons),
            },
            new Dictionary<string, double> { ["merge"] = Math.Round(clock.Elapsed.TotalSeconds, 3) },
            manifests.SelectMany(m => m.Files).OrderBy(f => f.Path, StringComparer.Ordinal).ToList());
        manifest.WriteTo(staging);
        cancel.ThrowIfCancellationRequested();
        stagingDirectory.Publish(outDir);
        return new MergeSummary(outDir, shardDirs.Count, counts.Articles, counts.Ok, dedup.Duplicates.Count, counts.Rejected,
            counts.Facts, dedup.Comparisons, clock.Elapsed.TotalSeconds);
    }

    /// <summary>All shards' signatures in id order (the order a single run uses), spilling beyond the memory limit.</summary>
    SignatureSet LoadSignatures(IReadOnlyList<string> shardDirs, string spillDir)
    {
        var perShard = new List<SignatureSet>();
        try
        {
            var order = new List<(string Id, int Shard, int Index)>();
            for (int s = 0; s < shardDirs.Count; s++)
            {
                var shardSet = new SignatureSet(signatureMemoryLimit / Math.Max(1, shardDirs.Count), spillDir);
                perShard.Add(shardSet);
                foreach (var stored in SignatureFile.Read(Path.Combine(shardDirs[s], SignatureFile.FileName)))
                {
                    order.Add((stored.Signature.Id, s, shardSet.Count));
                    shardSet.Add(stored.Signature);
                }
            }
            order.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            var set = new SignatureSet(signatureMemoryLimit, spillDir);
            string? previous = null;
            foreach (var (id, shard, index) in order)
            {
                if (id == previous) continue; // the same input given to two shards counts once
                set.Add(perShard[shard][index]);
                previous = id;
            }
            return set;
        }
        finally
        {
            foreach (var s in perShard) s.Dispose();
        }
    }
}

/// <summary>The merged tables, built by DuckDB straight from the shards' Parquet files with the global dedup applied.</summary>
static class MergeTables
{
    public sealed record Counts(long Articles, long Ok, long Rejected, long Facts);

    public static Counts Write(string staging, IReadOnlyList<string> shardDirs, IReadOnlyDictionary<string, string> duplicates,
        bool tokens, IReadOnlyList<string> formats)
    {
        using var connection = new DuckDBConnection($"Data Source={Path.Combine(staging, DatasetWriter.DatabaseFile)}");
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
