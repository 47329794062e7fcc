using PressMine.Extract;
using PressMine.Extract.Evaluation;
using PressMine.Extract.Learned;

namespace PressMine.Tests.Extract;

/// <summary>
/// The learned metric decision: labels line up with the counts the parsers find, training is reproducible, a saved
/// model decides as the trained one, and scope rules stay deterministic. Trained on the generated dev set only
/// (no real pages needed); texts written here.
/// </summary>
public sealed class LearnedMetricTests
{
    static readonly Lazy<IReadOnlyList<LabelledMention>> Examples = new(() =>
        MentionLabeller.FromDevSet(DevSetEntry.ReadJsonLines(Path.Combine(TestPaths.RepoRoot, "tests", "PressMine.Tests", "Extract", "DevSet", "devset.jsonl")), out _));

    static readonly Lazy<MetricModel> Model = new(() => MetricModel.Train(Examples.Value, new MetricModelOptions(MetricLearner.LightGbm)));

    const string Text = "督查组共检查企业30家，发现问题12个，已督促整改10个。全县辖15个乡镇。";

    [Fact]
    public void Each_gold_fact_labels_the_count_of_its_value_and_the_rest_are_none()
    {
        var entry = new DevSetEntry("t", "2023-01-01", Text,
            [new GoldFact("entities_inspected", 30), new GoldFact("problems_found", 12), new GoldFact("problems_rectified", 10)]);
        var labelled = MentionLabeller.FromDevSet([entry], out var summary);
        Assert.Equal(3, summary.GoldAligned);
        Assert.Equal(["entities_inspected", "problems_found", "problems_rectified", LabelCodec.None], labelled.Select(l => l.Label));
    }

    [Fact]
    public void Word_tokens_add_the_jieba_words_around_the_number_and_only_when_asked()
    {
        var entry = new DevSetEntry("t", "2023-01-01", "督查组共检查企业30家。", [new GoldFact("entities_inspected", 30)]);
        var plain = Assert.Single(MentionLabeller.FromDevSet([entry], out _)).Tokens;
        var worded = Assert.Single(MentionLabeller.FromDevSet([entry], out _, wordTokens: true)).Tokens;
        Assert.DoesNotContain(plain, t => t.StartsWith("wl1:") || t.StartsWith("wc:"));
        Assert.Contains("wl1:企业", worded);
        Assert.Contains("wc:检查", worded);
        Assert.Equal(plain, worded.Where(t => !t.StartsWith("wl") && !t.StartsWith("wr") && !t.StartsWith("wc:")));
    }

    [Fact]
    public void One_count_with_two_metrics_is_one_class()
    {
        var entry = new DevSetEntry("t", "2023-01-01", "发现并督促整改问题97个。", [new GoldFact("problems_found", 97), new GoldFact("problems_rectified", 97)]);
        Assert.Equal("problems_found+problems_rectified", Assert.Single(MentionLabeller.FromDevSet([entry], out _)).Label);
    }

    [Fact]
    public void Training_twice_gives_the_same_decisions_and_a_saved_model_decides_alike()
    {
        var again = MetricModel.Train(Examples.Value.Reverse().ToList(), new MetricModelOptions(MetricLearner.LightGbm));
        var path = Path.Combine(TestPaths.NewTempDir(), "m.zip");
        Model.Value.Save(path);
        var loaded = MetricModel.Load(path);
        var mentions = MentionWalker.Walk(null, Text).ToList();
        Assert.Equal(4, mentions.Count);
        foreach (var mention in mentions)
        {
            var first = LabelCodec.Encode(Model.Value.Decide(mention));
            Assert.Equal(first, LabelCodec.Encode(again.Decide(mention)));
            Assert.Equal(first, LabelCodec.Encode(loaded.Decide(mention)));
        }
    }

    [Fact]
    public void Crime_statistics_stay_out_whatever_the_model_says()
    {
        var decider = new CombinedMetricDecider(Model.Value, MetricCombination.Model);
        var mention = Assert.Single(MentionWalker.Walk(null, "全国公安机关共立案侦查案件300起。"));
        Assert.True(mention.CriminalJustice);
        Assert.Empty(decider.Decide(mention));
    }

    [Fact]
    public void Rules_then_model_keeps_what_the_rules_decide()
    {
        var decider = new CombinedMetricDecider(Model.Value, MetricCombination.RulesThenModel);
        foreach (var mention in MentionWalker.Walk(null, Text).Where(m => m.RuleLabels.Count > 0))
            Assert.Equal(mention.RuleLabels, decider.Decide(mention));
    }

    [Fact]
    public void The_walker_gives_the_rules_decision_the_extractor_uses()
    {
        var facts = new FactExtractor(null).Extract("t", null, Text, "2023-01-01", null, null).Facts;
        var fromWalker = MentionWalker.Walk(null, Text).SelectMany(m => m.RuleLabels.Select(l => (l.Metric, m.Count.Value)));
        Assert.Equal(facts.Select(f => (f.Metric, f.Value)), fromWalker);
    }
}
