namespace PressMine.Tests.Pipeline;

/// <summary>The mistakes a new user makes on the command line get an answer that names the mistake.</summary>
public sealed class CliMistakesTests
{
    [Fact]
    public void Evaluate_on_a_missing_corpus_is_an_error_not_a_perfect_score()
    {
        var result = CliRunner.Run("evaluate", "--corpus", "/nonexistent-pressmine-corpus");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("corpus directory not found", result.StdErr);
        Assert.DoesNotContain("1.000", result.StdOut);
    }

    [Fact]
    public void Evaluate_on_a_corpus_with_nothing_to_score_is_an_error()
    {
        var dir = TestPaths.NewTempDir();
        Directory.CreateDirectory(Path.Combine(dir, "pages"));
        Directory.CreateDirectory(Path.Combine(dir, "expected"));
        var result = CliRunner.Run("evaluate", "--corpus", dir);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing to score", result.StdErr);
        Assert.Equal("", result.StdOut);
    }

    [Theory]
    [InlineData("run", "--bogus", "x")]
    [InlineData("merge", "a", "--shard-count", "--out", "m")]
    public void An_unknown_option_is_named_as_an_option_not_as_a_missing_input(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"unknown option {args.First(a => a.StartsWith("--") && a != "--out")}", result.StdErr);
        Assert.DoesNotContain("not found", result.StdErr);
    }

    [Fact]
    public void A_file_whose_name_looks_like_an_option_is_still_an_input()
    {
        var dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, "-notes"), "not a page");
        var result = CliRunner.RunConfigured(i => i.WorkingDirectory = dir, null, "run", "-notes", "--out", "ds");
        Assert.DoesNotContain("unknown option", result.StdErr);
        Assert.Equal(0, result.ExitCode);
    }
}
