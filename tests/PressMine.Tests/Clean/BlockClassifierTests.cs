using PressMine.Clean;

namespace PressMine.Tests.Clean;

/// <summary>The block classifier: labels from gold text, reproducible training, and how its decisions use the rules.</summary>
public class BlockClassifierTests
{
    private const string Para1 = "县应急管理局近日组织开展安全生产专项检查，共检查企业三十余家，发现并督促整改隐患一百余处。";
    private const string Para2 = "检查组要求各企业切实落实主体责任，对发现的问题建立台账，限期整改到位，确保安全生产形势稳定。";

    private static string Page(string body) =>
        "<html><head><title>县应急管理局开展安全生产专项检查</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/a\">新闻</a> | <a href=\"/b\">政务</a></div>"
        + "<h1>县应急管理局开展安全生产专项检查</h1>" + body
        + "<div class=\"footer\">版权所有 某某县人民政府 ICP备12345678号</div></body></html>";

    private static HtmlAnalysis Analyse(string html) => HtmlCleaner.Analyse(html, out _)!;

    [Fact]
    public void A_body_printed_twice_is_labelled_body_once_in_the_copy_the_rules_kept()
    {
        // The first copy sits in a share widget (the rules skip it), the second is the article.
        var a = Analyse(Page($"<div class=\"share\"><p>{Para1}</p><p>{Para2}</p></div><div class=\"content\"><p>{Para1}</p><p>{Para2}</p></div>"));
        var blocks = BlockFeatures.Extract(a);
        var rows = BlockLabels.Rows(blocks, Para1 + "\n" + Para2).ToList();
        var labelled = blocks.Where(b => TextNormalizer.CjkCount(b.Line.Text) >= 2).Zip(rows).ToList();
        Assert.All(labelled.Where(x => x.First.Line.Text is Para1 or Para2), x => Assert.Equal(x.First.RuleKept, x.Second.Label));
        Assert.Equal(2, labelled.Count(x => x.Second.Label));
        Assert.Equal(2, blocks.Count(b => b.RuleKept));
    }

    [Fact]
    public void Training_twice_on_the_same_rows_gives_the_same_model()
    {
        var a = Analyse(Page($"<div class=\"content\"><p>{Para1}</p><p>{Para2}</p></div>"));
        var blocks = BlockFeatures.Extract(a);
        var rows = Enumerable.Range(0, 30).SelectMany(_ => BlockLabels.Rows(blocks, Para1 + "\n" + Para2)).ToList();
        foreach (var trainer in new[] { BlockTrainer.FastTree, BlockTrainer.LightGbm })
        {
            var options = new BlockTrainingOptions(trainer, Trees: 20, MinExamplesPerLeaf: 2);
            var first = BlockModel.Train(rows, options).Score(blocks);
            var second = BlockModel.Train(rows, options).Score(blocks);
            Assert.Equal(first, second);
        }
    }

    [Fact]
    public void Additions_never_bring_in_a_short_line_outside_the_rules_body()
    {
        var html = Page($"<div class=\"content\"><p>{Para1}</p><p>{Para2}</p></div><div class=\"tags\"><span>安全生产</span></div>");
        var a = Analyse(html);
        var blocks = BlockFeatures.Extract(a);
        // A model sure of every block: the tag line after the body is still left out, the article kept.
        var rows = Enumerable.Range(0, 30).SelectMany(_ => blocks.Select(b => new BlockRow { Label = true, Features = b.Features })
            .Append(new BlockRow { Label = false, Features = new float[BlockFeatures.Count] })).ToList();
        var model = BlockModel.Train(rows, new BlockTrainingOptions(Trees: 5, MinExamplesPerLeaf: 1));
        var body = new BlockChooser(model, BlockDecision.RulesWithVetoAndAdditions).Choose(a);
        Assert.Equal([Para1, Para2], body);
    }

    [Fact]
    public void Scoring_many_pages_on_one_thread_builds_one_engine_and_equals_the_batch_transform_and_the_tree_walk()
    {
        var a = Analyse(Page($"<div class=\"content\"><p>{Para1}</p><p>{Para2}</p></div><div class=\"tags\"><span>安全生产</span></div>"));
        var blocks = BlockFeatures.Extract(a);
        var rows = Enumerable.Range(0, 30).SelectMany(_ => BlockLabels.Rows(blocks, Para1 + "\n" + Para2)).ToList();
        var model = BlockModel.Train(rows, new BlockTrainingOptions(Trees: 20, MinExamplesPerLeaf: 2));
        var expected = model.ScoreByTransform(blocks);
        for (int page = 0; page < 50; page++) Assert.Equal(expected, model.ScoreByEngine(blocks));
        Assert.Equal(1, model.EnginesMade);
        Assert.True(model.WalksTrees);
        Assert.All(model.Score(blocks).Zip(expected), p => Assert.Equal(p.Second, p.First, 1e-6f));
    }

    [Fact]
    public void The_rules_chooser_returns_the_rules_body_unchanged()
    {
        var a = Analyse(Page($"<div class=\"content\"><p>{Para1}</p><p>{Para2}</p></div>"));
        Assert.Same(a.RuleBody, RuleBodyChooser.Instance.Choose(a));
    }
}
