using PressMine.Extract;
using PressMine.Pipeline;
using PressMine.Sink;
using PressMine.Tests.Pipeline;
using PressMine.Places;

namespace PressMine.Tests.Sharding;

/// <summary>
/// `merge` joins the shards of one run, each once and all of them; anything else is refused with exit 2 and the
/// reason, and nothing is written (issue 17: `merge a a b`, `merge run1 run2` and a missing shard all multiplied or
/// lost facts and exited 0).
/// </summary>
public class MergeValidationTests
{
    readonly string root = TestPaths.NewTempDir();

    string Pages(string name, int count)
    {
        var dir = Path.Combine(root, name);
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Corpus, "pages")).Order(StringComparer.Ordinal).Take(count))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        return dir;
    }

    string RunShard(string pages, string name, string? shard)
    {
        var outDir = Path.Combine(root, name);
        new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance).Run(new RunOptions
        {
            Inputs = [pages], OutDir = outDir, Shard = shard is null ? Shard.All : Shard.Parse(shard), Parallelism = 1,
        });
        return outDir;
    }

    CliRunner.Result Merge(params string[] dirs)
    {
        var result = CliRunner.Run(["merge", .. dirs, "--out", Path.Combine(root, "merged")]);
        Assert.False(Directory.Exists(Path.Combine(root, "merged")), "a refused merge publishes nothing");
        return result;
    }

    [Fact]
    public void A_shard_given_twice_is_refused()
    {
        var pages = Pages("pages", 6);
        var a = RunShard(pages, "s0", "0/2");
        var b = RunShard(pages, "s1", "1/2");
        var result = Merge(a, a, b);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{a}' is given 2 times", result.StdErr);
    }

    [Fact]
    public void Two_shard_directories_holding_the_same_shard_are_refused()
    {
        var pages = Pages("pages", 6);
        var a = RunShard(pages, "s0", "0/2");
        var copy = RunShard(pages, "s0-again", "0/2");
        var result = Merge(a, copy, RunShard(pages, "s1", "1/2"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("shard 0/2 is given twice", result.StdErr);
    }

    [Fact]
    public void Two_complete_runs_are_refused()
    {
        var pages = Pages("pages", 4);
        var result = Merge(RunShard(pages, "run1", null), RunShard(pages, "run2", null));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a complete run (made without --shard), not a shard", result.StdErr);
    }

    [Fact]
    public void A_missing_shard_is_refused()
    {
        var pages = Pages("pages", 6);
        var result = Merge(RunShard(pages, "s0", "0/3"), RunShard(pages, "s2", "2/3"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("shard 1/3 of 3 missing", result.StdErr);
    }

    [Fact]
    public void Shards_of_two_different_runs_are_refused()
    {
        var result = Merge(RunShard(Pages("pages-a", 4), "a0", "0/2"), RunShard(Pages("pages-b", 5), "b1", "1/2"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a shard of another run", result.StdErr);
    }

    [Fact]
    public void Article_ids_in_two_shards_are_refused()
    {
        var pages = Pages("pages", 6);
        var a = RunShard(pages, "s0", "0/2");
        var b = RunShard(pages, "s1", "1/2");
        File.Copy(Path.Combine(a, "articles.parquet"), Path.Combine(b, "articles.parquet"), overwrite: true); // a tampered shard
        var result = Merge(a, b);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("article ids appear more than once across the shards", result.StdErr);
    }

    [Fact]
    public void The_shards_of_one_run_share_a_run_id_and_merge()
    {
        var pages = Pages("pages", 6);
        var a = RunShard(pages, "s0", "0/2");
        var b = RunShard(pages, "s1", "1/2");
        Assert.NotNull(Manifest.ReadFrom(a)!.Run);
        Assert.Equal(Manifest.ReadFrom(a)!.Run, Manifest.ReadFrom(b)!.Run);
        var merged = Path.Combine(root, "ok");
        var result = CliRunner.Run("merge", a, b, "--out", merged);
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(6, Manifest.ReadFrom(merged)!.Counts["articles"]);
    }
}
