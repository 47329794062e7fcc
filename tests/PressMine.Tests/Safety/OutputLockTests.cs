using PressMine.Pipeline;
using PressMine.Sink;
using PressMine.Tests.Pipeline;
using Xunit.Abstractions;

namespace PressMine.Tests.Safety;

/// <summary>
/// One writer per output directory: the test holds the OS lock itself (as a running PressMine would) and the CLI must
/// refuse at once with exit code 2, leaving the checkpoint untouched. No timing is involved.
/// </summary>
public sealed class OutputLockTests(ITestOutputHelper output) : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("pm-lock-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    static FileStream HoldLock(string staging)
    {
        Directory.CreateDirectory(staging);
        return new FileStream(Path.Combine(staging, "pressmine.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
    }

    CliRunner.Result Cli(params string[] args)
    {
        var result = CliRunner.Run(args);
        output.WriteLine($"exit {result.ExitCode}\n{result.StdOut}\n{result.StdErr}");
        return result;
    }

    [Fact]
    public void A_second_run_into_a_locked_output_fails_fast_and_leaves_the_checkpoint_alone()
    {
        var pages = InterruptedRun.Pages(root, "pages", 4);
        var outDir = Path.Combine(root, "out");
        InterruptedRun.Run(new RunOptions { Inputs = [pages], OutDir = outDir }, articles: 2);
        var staging = AtomicDirectory.StagingFor(outDir);
        var checkpoint = Path.Combine(staging, "checkpoint.jsonl");
        var before = File.ReadAllBytes(checkpoint);

        using (HoldLock(staging))
        {
            var second = Cli("run", pages, "--out", outDir);
            Assert.Equal(2, second.ExitCode);
            Assert.Contains("another PressMine process is writing", second.StdErr);
            Assert.Equal(before, File.ReadAllBytes(checkpoint));
            Assert.False(Directory.Exists(outDir));
        }

        var after = Cli("run", pages, "--out", outDir);
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("resumed", after.StdOut);
        Assert.False(File.Exists(Path.Combine(outDir, "pressmine.lock")));
    }

    [Fact]
    public void A_merge_into_a_locked_output_fails_fast()
    {
        var pages = InterruptedRun.Pages(root, "pages", 2);
        var full = Path.Combine(root, "full");
        Assert.Equal(0, Cli("run", pages, "--out", full).ExitCode);
        var merged = Path.Combine(root, "merged");
        var staging = AtomicDirectory.StagingFor(merged);

        using (HoldLock(staging))
        {
            var merge = Cli("merge", full, "--out", merged);
            Assert.Equal(2, merge.ExitCode);
            Assert.Contains("another PressMine process is writing", merge.StdErr);
            Assert.True(File.Exists(Path.Combine(staging, "pressmine.lock")));
            Assert.False(Directory.Exists(merged));
        }
    }
}
