using System.Text.RegularExpressions;
using PressMine.Cli.Commands;
using PressMine.Sink;

namespace PressMine.Tests.Dataset;

/// <summary>
/// Every `pressmine query out "…"` example in README.md runs on the bundled corpus dataset and prints exactly the block
/// the README shows under it; an example without its output block fails, so no example goes untested.
/// </summary>
public partial class ReadmeQueryTests(CorpusRun corpus) : IClassFixture<CorpusRun>
{
    [GeneratedRegex("^pressmine query out \"(?<sql>[^\"]+)\"\\s*$", RegexOptions.Multiline)]
    private static partial Regex Example();

    [GeneratedRegex("\\G\\s*```\\s*\\n```text\\n(?<out>.*?)```", RegexOptions.Singleline)]
    private static partial Regex OutputBlock();

    public static IEnumerable<object[]> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        foreach (Match m in Example().Matches(readme))
        {
            var output = OutputBlock().Match(readme, m.Index + m.Length);
            yield return [m.Groups["sql"].Value, output.Success ? output.Groups["out"].Value : "(no output block under the example)"];
        }
    }

    [Fact]
    public void The_readme_has_examples() => Assert.True(Examples().Count() >= 4);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Readme_example_prints_what_the_readme_shows(string sql, string expected)
    {
        using var query = new DatasetQuery(corpus.Dir);
        var printed = QueryOutput.Render(query.Run(sql), "table").ReplaceLineEndings("\n");
        Assert.Equal(expected, printed);
    }
}
