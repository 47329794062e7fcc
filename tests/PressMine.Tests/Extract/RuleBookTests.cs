using PressMine.Extract;

namespace PressMine.Tests.Extract;

/// <summary>The vocabularies in corpus/rules load, every entry carries an example, and a broken file is refused.</summary>
public sealed class RuleBookTests
{
    private static string RulesDir => Path.Combine(TestPaths.Corpus, "rules");

    [Fact]
    public void Bundled_rules_load_with_an_example_on_every_line()
    {
        var rules = RuleBook.Load(RulesDir);
        Assert.True(rules.Actions.Count > 150);
        Assert.Equal(rules.Actions.Count, rules.Actions.Select(a => a.Word).Distinct().Count());
        Assert.Contains(rules.Actions, a => a is { Word: "发现", Kind: ActionKind.Found });
        Assert.Contains("企业", rules.List("entity"));
        Assert.Contains("家次", rules.List("measure_word"));
        foreach (var file in Directory.GetFiles(RulesDir, "*.tsv"))
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && l[0] != '#'))
            Assert.False(string.IsNullOrWhiteSpace(line.Split('\t')[^1]), $"{Path.GetFileName(file)}: '{line}' has no example");
    }

    [Fact]
    public void A_line_without_its_example_or_with_an_unknown_kind_is_refused()
    {
        var dir = TestPaths.NewTempDir();
        foreach (var file in Directory.GetFiles(RulesDir)) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        File.AppendAllText(Path.Combine(dir, "cues.tsv"), "rate_word\t完成率\n");
        Assert.Throws<FormatException>(() => RuleBook.Load(dir));
        File.Copy(Path.Combine(RulesDir, "cues.tsv"), Path.Combine(dir, "cues.tsv"), overwrite: true);
        File.AppendAllText(Path.Combine(dir, "actions.tsv"), "完成\tFinish\t\t完成任务3项\n");
        Assert.Throws<FormatException>(() => RuleBook.Load(dir));
    }

    [Fact]
    public void An_unknown_list_name_is_an_error_not_an_empty_list()
    {
        Assert.Throws<KeyNotFoundException>(() => RuleBook.Load(RulesDir).List("no_such_list"));
    }
}
