using PressMine.Sink;
using PressMine.Tests.Pipeline;

namespace PressMine.Tests.Sink;

/// <summary>`--out` never replaces what PressMine did not write (each case lost data before the guard).</summary>
public sealed class OutputDirectoryGuardTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("pm-guard-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    string Page(string dir)
    {
        Directory.CreateDirectory(dir);
        var page = Path.Combine(dir, "a.txt");
        File.WriteAllText(page, "标题：测试页面\n发布时间：2024-03-05\n县市场监管局开展检查，发现问题12个，已整改到位10个。检查工作将持续推进，确保问题整改到位。\n");
        return page;
    }

    [Fact]
    public void An_unrelated_directory_is_refused_and_left_as_it_was()
    {
        var pages = Path.GetDirectoryName(Page(Path.Combine(root, "pages")))!;
        var mine = Path.Combine(root, "mydir");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "keep me");

        var result = CliRunner.Run("run", pages, "--out", mine);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a PressMine dataset", result.StdErr);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(mine, "notes.txt")));
        Assert.False(Directory.Exists(mine + ".partial"));
    }

    [Fact]
    public void Writing_the_dataset_over_its_own_inputs_is_refused()
    {
        var page = Page(Path.Combine(root, "pages"));
        var pages = Path.GetDirectoryName(page)!;

        var result = CliRunner.Run("run", pages, "--out", pages);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds the input", result.StdErr);
        Assert.True(File.Exists(page));
    }

    [Fact]
    public void A_directory_that_holds_the_current_directory_is_refused()
    {
        var cwd = Path.Combine(root, "work", "here");
        Directory.CreateDirectory(cwd);
        var error = Assert.Throws<OutputRefusedException>(() => OutputDirectoryGuard.Check(Path.Combine(root, "work"), [], cwd));
        Assert.Contains("current directory", error.Message);
        Assert.Throws<OutputRefusedException>(() => OutputDirectoryGuard.Check(cwd, [], cwd));
    }

    [Fact]
    public void A_previous_dataset_is_replaced_but_not_when_it_holds_foreign_files()
    {
        var pages = Path.GetDirectoryName(Page(Path.Combine(root, "pages")))!;
        var output = Path.Combine(root, "out");
        Assert.Equal(0, CliRunner.Run("run", pages, "--out", output).ExitCode);
        Assert.Equal(0, CliRunner.Run("run", pages, "--out", output).ExitCode);

        File.WriteAllText(Path.Combine(output, "analysis.ipynb"), "{}");
        var result = CliRunner.Run("run", pages, "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("analysis.ipynb", result.StdErr);
        Assert.True(File.Exists(Path.Combine(output, "analysis.ipynb")));
        Assert.True(File.Exists(Path.Combine(output, Manifest.FileName)));
    }

    [Fact]
    public void Merge_refuses_to_write_over_one_of_its_shards()
    {
        var pages = Path.GetDirectoryName(Page(Path.Combine(root, "pages")))!;
        var shard = Path.Combine(root, "shard");
        Assert.Equal(0, CliRunner.Run("run", pages, "--out", shard).ExitCode);

        var result = CliRunner.Run("merge", shard, "--out", shard);

        Assert.Equal(2, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(shard, Manifest.FileName)));
    }
}
