using PressMine.Cluster;
using PressMine.Sink;
using PressMine.Tests.Pipeline;

namespace PressMine.Tests.Sharding;

public class ShardMergeTests
{
    static readonly string Pages = Path.Combine(TestPaths.Corpus, "pages");

    internal static string Table(string dataset, string sql)
    {
        using var q = new DatasetQuery(dataset);
        return string.Join("\n", q.Run(sql).Rows.Select(r => string.Join('|', r.Select(v => v?.ToString() ?? "∅"))));
    }

    const string Articles = "SELECT * EXCLUDE (encoding) FROM articles ORDER BY id";
    const string Facts = "SELECT * FROM facts ORDER BY article_id, evidence_start, evidence_end, metric, value";

    [Fact]
    public async Task Corpus_as_one_shard_equals_four_shards_in_four_processes_merged()
    {
        var dir = TestPaths.NewTempDir();
        var single = Path.Combine(dir, "single");
        var singleRun = CliRunner.Run("run", Pages, "--out", single);
        Assert.True(singleRun.ExitCode == 0, singleRun.StdErr);

        var shardDirs = Enumerable.Range(0, 4).Select(i => Path.Combine(dir, $"shard-{i}")).ToArray();
        var runs = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(i => Task.Run(() => CliRunner.Run("run", Pages, "--out", shardDirs[i], "--shard", $"{i}/4", "--threads", "1"))));
        foreach (var r in runs) Assert.True(r.ExitCode == 0, r.StdErr);
        var sizes = shardDirs.Select(d => Manifest.ReadFrom(d)!.Counts["articles"]).ToList();
        Assert.Equal(Manifest.ReadFrom(single)!.Counts["articles"], sizes.Sum());
        Assert.All(sizes, s => Assert.True(s > 0));

        var merged = Path.Combine(dir, "merged");
        var merge = CliRunner.Run(["merge", .. shardDirs, "--out", merged]);
        Assert.True(merge.ExitCode == 0, merge.StdErr);
        Assert.True(AtomicDirectory.IsComplete(merged));
        Assert.False(Directory.Exists(merged + ".partial"));

        Assert.Equal(Table(single, Articles), Table(merged, Articles));
        Assert.Equal(Table(single, Facts), Table(merged, Facts));
        Assert.Equal(Table(single, "SELECT count(*) FROM facts_unique"), Table(merged, "SELECT count(*) FROM facts_unique"));
        // The corpus has 4 republished pairs; at least one crosses shards, or the merge would not be tested.
        Assert.Equal("4", Table(merged, "SELECT count(*) FROM articles WHERE status = 'duplicate'"));
        Assert.True(File.Exists(Path.Combine(merged, DatabaseFile.Name)));
        Assert.Equal(Manifest.ReadFrom(single)!.Steps!.Select(s => s.Name), Manifest.ReadFrom(merged)!.Steps!.Select(s => s.Name));
    }

    [Fact]
    public void Merge_refuses_a_directory_that_is_not_a_finished_shard()
    {
        var dir = TestPaths.NewTempDir();
        var result = CliRunner.Run("merge", dir, "--out", Path.Combine(dir, "m"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("not a complete PressMine dataset", result.StdErr);
    }

    [Fact]
    public void Slurm_scripts_hold_an_array_over_the_shards_and_a_merge_of_them()
    {
        var dir = TestPaths.NewTempDir();
        var plan = new SlurmPlan
        {
            Inputs = ["/data/my pages"], OutDir = "/data/out", WorkDir = dir, Shards = 6, PressmineCommand = "dotnet /opt/pm/pressmine.dll",
            CpusPerTask = 4, MaxConcurrent = 3, TimeLimit = "01:00:00",
        };
        var (array, merge) = plan.WriteScripts();
        var a = File.ReadAllText(array);
        Assert.Contains("#SBATCH --array=0-5%3", a);
        Assert.Contains("#SBATCH --cpus-per-task=4", a);
        Assert.Contains("run '/data/my pages'", a);
        Assert.Contains("--shard \"$i/6\"", a);
        var m = File.ReadAllText(merge);
        Assert.Contains($"merge {dir}/shard-0 {dir}/shard-1", m);
        Assert.Contains($"{dir}/shard-5 --out /data/out", m);
        Assert.True(Directory.Exists(Path.Combine(dir, "logs")));
    }
}
