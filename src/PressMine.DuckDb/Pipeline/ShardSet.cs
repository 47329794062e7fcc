using DuckDB.NET.Data;
using PressMine.Sink;

namespace PressMine.Pipeline;

/// <summary>Shards `merge` refuses to join, with the reason in words; nothing has been written.</summary>
public sealed class MergeRefusedException(string message) : InvalidOperationException(message);

/// <summary>
/// What `merge` checks before it writes anything, from the shards' manifests: every directory once, all of them
/// shards of one run (the same <see cref="Manifest.Run"/>, the same N), every shard 0…N-1 present exactly once, and
/// no article id in two shards. Joining anything else would count facts twice or leave a hole without a word.
/// </summary>
static class ShardSet
{
    public static void Check(IReadOnlyList<string> shardDirs, IReadOnlyList<Manifest> manifests)
    {
        var twice = shardDirs.GroupBy(d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d))).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new MergeRefusedException($"'{twice.First()}' is given {twice.Count()} times; give each shard once");
        if (shardDirs.Count == 1) return; // one dataset, sharded or not, merges into a copy of itself

        var complete = shardDirs.Zip(manifests).Where(p => p.Second.Shard is null).Select(p => p.First).ToList();
        if (complete.Count > 0)
            throw new MergeRefusedException(
                $"'{complete[0]}' is a complete run (made without --shard), not a shard: merge joins the shards i/N of one run. " +
                "To combine two runs, run once over both inputs");

        var shards = manifests.Select(m => Shard.Parse(m.Shard!)).ToList();
        var counts = shards.Select(s => s.Count).Distinct().ToList();
        if (counts.Count > 1)
            throw new MergeRefusedException($"the shards split their run differently ({string.Join(", ", shardDirs.Zip(shards).Select(p => $"'{p.First}' is {p.Second}"))})");
        Runs(shardDirs, manifests);

        int n = counts[0];
        var repeated = shardDirs.Zip(shards).GroupBy(p => p.Second.Index).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new MergeRefusedException($"shard {repeated.Key}/{n} is given twice ({string.Join(" and ", repeated.Select(p => $"'{p.First}'"))})");
        var missing = Enumerable.Range(0, n).Except(shards.Select(s => s.Index)).ToList();
        if (missing.Count > 0)
            throw new MergeRefusedException(
                $"shard{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Take(10).Select(i => $"{i}/{n}"))} of {n} missing: " +
                $"the run was split in {n} and only {shards.Count} were given; a merge without them would lose their pages");
    }

    static void Runs(IReadOnlyList<string> shardDirs, IReadOnlyList<Manifest> manifests)
    {
        for (int i = 1; i < manifests.Count; i++)
        {
            var (first, other) = (manifests[0], manifests[i]);
            bool sameRun = first.Run is not null && other.Run is not null
                ? first.Run == other.Run
                : first.Inputs.SequenceEqual(other.Inputs) && SettingsBesidesShard(first).SequenceEqual(SettingsBesidesShard(other));
            if (!sameRun)
                throw new MergeRefusedException(
                    $"'{shardDirs[i]}' is a shard of another run than '{shardDirs[0]}' (other inputs, input files or settings); " +
                    "merge joins the shards of one run");
        }
    }

    static IEnumerable<KeyValuePair<string, string>> SettingsBesidesShard(Manifest m) =>
        (m.Settings ?? new Dictionary<string, string>()).Where(s => s.Key != "--shard").OrderBy(s => s.Key, StringComparer.Ordinal);

    /// <summary>No article id in two shards (a page given to two shards would have its facts counted twice).</summary>
    public static void CheckUniqueArticles(IReadOnlyList<string> shardDirs)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var files = string.Join(", ", shardDirs.Select(d => TableExport.Quote(Path.Combine(Path.GetFullPath(d), "articles.parquet"))));
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT id, string_agg(DISTINCT source_path, ', '), count(*) FROM read_parquet([{files}], filename = true)
            GROUP BY id HAVING count(*) > 1 ORDER BY id LIMIT 3
            """;
        using var reader = command.ExecuteReader();
        var repeated = new List<string>();
        while (reader.Read()) repeated.Add($"{reader.GetString(0)} ({reader.GetString(1)}, {reader.GetInt64(2)} rows)");
        if (repeated.Count > 0)
            throw new MergeRefusedException($"article ids appear more than once across the shards: {string.Join("; ", repeated)}; " +
                                            "their facts would be counted twice. Merge the shards of one run, each once");
    }
}
