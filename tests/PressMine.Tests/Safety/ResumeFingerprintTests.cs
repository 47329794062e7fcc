using PressMine.Pipeline;
using PressMine.Sink;
using PressMine.Sink.Staging;
using PressMine.Tests.Pipeline;
using Xunit.Abstractions;

namespace PressMine.Tests.Safety;

/// <summary>
/// A rerun resumes from "&lt;out&gt;.partial" only when it was built by the same run: same inputs, same files, same
/// settings. Before the fingerprint, every case here published a dataset mixing two runs.
/// </summary>
public sealed class ResumeFingerprintTests(ITestOutputHelper output) : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("pm-resume-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    string Out => Path.Combine(root, "out");

    static IReadOnlyList<string> Column(string dataset, string sql)
    {
        using var query = new DatasetQuery(dataset);
        return query.Run(sql).Rows.Select(r => r[0]?.ToString() ?? "∅").ToList();
    }

    CliRunner.Result Cli(params string[] args)
    {
        var result = CliRunner.Run(args);
        output.WriteLine($"exit {result.ExitCode}\n{result.StdOut}\n{result.StdErr}");
        return result;
    }

    [Fact]
    public void A_staging_directory_built_from_other_inputs_is_discarded_not_mixed_in()
    {
        var first = InterruptedRun.Pages(root, "first", 4);
        var second = InterruptedRun.Pages(root, "second", 3);
        InterruptedRun.Run(new RunOptions { Inputs = [first], OutDir = Out }, articles: 2);

        var rerun = Cli("run", second, "--out", Out);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains("staging from a different run discarded: inputs", rerun.StdErr);
        var paths = Column(Out, "SELECT source_path FROM articles ORDER BY 1");
        Assert.Equal(3, paths.Count);
        // source_path is relative to the input root: the second run's files, by name.
        Assert.Equal(Directory.GetFiles(second).Select(Path.GetFileName).Order(StringComparer.Ordinal), paths);
        Assert.Equal(0, Manifest.ReadFrom(Out)!.Counts["resumed"]);
    }

    [Fact]
    public void Resumed_pages_do_not_keep_the_old_tokens_setting()
    {
        var pages = InterruptedRun.Pages(root, "pages", 4);
        InterruptedRun.Run(new RunOptions { Inputs = [pages], OutDir = Out }, articles: 2);

        var rerun = Cli("run", pages, "--out", Out, "--tokens");

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains("discarded: --tokens (was off, now on)", rerun.StdErr);
        Assert.Equal(Column(Out, "SELECT id FROM articles WHERE status = 'ok' ORDER BY 1"),
            Column(Out, "SELECT article_id FROM tokens ORDER BY 1"));
    }

    [Fact]
    public void Resumed_pages_do_not_keep_the_old_shard()
    {
        // Pages until both shards of 2 hold some, so the first run checkpoints a shard-0 page for sure.
        var pages = Path.Combine(root, "pages");
        Directory.CreateDirectory(pages);
        var shard0 = new Shard(0, 2);
        for (int i = 0; i < 64 && !(Directory.GetFiles(pages).Count(shard0.Contains) >= 2 && Directory.GetFiles(pages).Count(p => !shard0.Contains(p)) >= 1); i++)
            InterruptedRun.WritePage(Path.Combine(pages, $"p{i}.txt"), $"检查第{i}次", 10 + i);
        InterruptedRun.Run(new RunOptions { Inputs = [pages], OutDir = Out, Shard = shard0 }, articles: 1);

        var rerun = Cli("run", pages, "--out", Out, "--shard", "1/2");

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains("discarded: --shard (was 0/2, now 1/2)", rerun.StdErr);
        var paths = Column(Out, "SELECT source_path FROM articles");
        Assert.NotEmpty(paths);
        // source_path is relative to the input root; the shard is decided by the identity, the full path.
        Assert.All(paths, p => Assert.True(new Shard(1, 2).Contains(Path.Combine(pages, p)), $"{p} is not in shard 1/2"));
    }

    [Fact]
    public void Another_user_dictionary_discards_the_staging_directory()
    {
        var pages = InterruptedRun.Pages(root, "pages", 3);
        InterruptedRun.Run(new RunOptions { Inputs = [pages], OutDir = Out }, articles: 2);
        var dictionary = Path.Combine(root, "mydict.txt");
        File.WriteAllText(dictionary, "整改到位 10 n\n");

        var rerun = Cli("run", pages, "--out", Out, "--user-dict", dictionary);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains("discarded: --user-dict (was bundled", rerun.StdErr);
        Assert.Equal(0, Manifest.ReadFrom(Out)!.Counts["resumed"]);
    }

    [Fact]
    public void An_input_file_edited_since_the_killed_run_is_processed_again()
    {
        var pages = InterruptedRun.Pages(root, "pages", 3);
        InterruptedRun.Run(new RunOptions { Inputs = [pages], OutDir = Out }, articles: 2);
        var edited = Path.Combine(pages, "p0.txt");
        InterruptedRun.WritePage(edited, "改过的标题检查通报", 99);

        var rerun = Cli("run", pages, "--out", Out);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains("discarded: input files (3 before, 3 now; first: 'p", rerun.StdErr.Replace(pages + Path.DirectorySeparatorChar, ""));
        Assert.Contains("p0.txt' changed size", rerun.StdErr);
        Assert.Equal(["99"], Column(Out, $"SELECT max(f.value) FROM facts f JOIN articles a ON a.id = f.article_id WHERE a.source_path = '{Path.GetFileName(edited)}'"));
    }

    [Fact]
    public void The_same_run_resumes_and_leaves_nothing_stale_in_the_dataset()
    {
        var pages = InterruptedRun.Pages(root, "pages", 4);
        InterruptedRun.Run(new RunOptions { Inputs = [pages], OutDir = Out }, articles: 2);
        var staging = AtomicDirectory.StagingFor(Out);
        Assert.True(File.Exists(Path.Combine(staging, StagingFingerprint.FileName)));
        // What a run killed in its write pass leaves: a table export the rerun does not ask for.
        File.WriteAllText(Path.Combine(staging, "articles.csv"), "stale");

        var rerun = Cli("run", pages, "--out", Out);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains("resumed", rerun.StdOut);
        Assert.DoesNotContain("discarded", rerun.StdErr);
        Assert.True(Manifest.ReadFrom(Out)!.Counts["resumed"] >= 2);
        Assert.False(File.Exists(Path.Combine(Out, "articles.csv")));
        Assert.False(File.Exists(Path.Combine(Out, StagingFingerprint.FileName)));
        Assert.False(File.Exists(Path.Combine(Out, InputListing.FileName)));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void A_partial_directory_PressMine_did_not_make_is_refused_and_kept()
    {
        var pages = InterruptedRun.Pages(root, "pages", 2);
        var staging = AtomicDirectory.StagingFor(Out);
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "notes.txt"), "keep me");

        var rerun = Cli("run", pages, "--out", Out);

        Assert.Equal(2, rerun.ExitCode);
        Assert.Contains("did not make it", rerun.StdErr);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(staging, "notes.txt")));
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(staging).Select(Path.GetFileName));
        Assert.False(Directory.Exists(Out));
    }
}
