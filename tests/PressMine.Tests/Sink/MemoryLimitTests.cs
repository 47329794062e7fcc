using PressMine.Sink;
using PressMine.Tests.Pipeline;

namespace PressMine.Tests.Sink;

public sealed class MemoryLimitTests
{
    [Theory]
    [InlineData("1GiB", 1073741824L)]
    [InlineData("512MB", 512000000L)]
    [InlineData(" 2.5 gb ", 2500000000L)]
    public void Sizes_with_a_unit_are_read(string text, long bytes) => Assert.Equal(bytes, MemoryLimit.Parse(text).Bytes);

    [Theory]
    [InlineData("1GB'; SET enable_external_access = true; --")]
    [InlineData("lots")]
    [InlineData("100")]
    [InlineData("-1GB")]
    [InlineData("10MB")]
    public void Anything_else_is_refused(string text) => Assert.Throws<ArgumentException>(() => MemoryLimit.Parse(text));

    [Fact]
    public void The_duckdb_value_is_built_from_the_number_alone() => Assert.Equal("524288KiB", MemoryLimit.Parse("512MiB").ToDuckDb());

    [Fact]
    public void A_run_under_a_small_limit_writes_the_same_dataset_and_leaves_no_spill_directory()
    {
        var root = TestPaths.NewTempDir();
        var pages = Path.Combine(TestPaths.Corpus, "pages");
        var small = CliRunner.Run("run", pages, "--out", Path.Combine(root, "small"), "--format", "jsonl", "--memory-limit", "64MB");
        var usual = CliRunner.Run("run", pages, "--out", Path.Combine(root, "usual"), "--format", "jsonl");
        Assert.Equal(0, small.ExitCode);
        Assert.Equal(0, usual.ExitCode);
        foreach (var table in new[] { "articles.jsonl", "facts.jsonl" })
            Assert.Equal(File.ReadAllText(Path.Combine(root, "usual", table)), File.ReadAllText(Path.Combine(root, "small", table)));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(root, "small"), "*.spill"));
    }

    [Fact]
    public void A_bad_limit_is_a_usage_error_before_anything_is_written()
    {
        var outDir = Path.Combine(TestPaths.NewTempDir(), "ds");
        var result = CliRunner.Run("run", Path.Combine(TestPaths.Corpus, "pages"), "--out", outDir, "--memory-limit", "1GB';--");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a memory size", result.StdErr);
        Assert.False(Directory.Exists(outDir));
        Assert.False(Directory.Exists(outDir + ".partial"));
    }
}
