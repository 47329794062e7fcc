using PressMine.Evaluation;
using PressMine.Extract;
using PressMine.Places;

namespace PressMine.Tests.Evaluation;

/// <summary>`evaluate` must score the dedup that `run` ships: the place key on, pages in id order.</summary>
public class EvaluatorDedupTests
{
    const string Template = """
        <html><head><meta charset="utf-8"><title>{0}开展燃气安全专项督查</title></head><body>
        <h1>{0}开展燃气安全专项督查</h1>
        <div class="info">发布时间：2023-03-08 10:20</div>
        <div class="article-content">
        <p>3月7日，宁波市{0}安委办联合住建、市场监管等部门，对{0}城区餐饮场所燃气使用情况开展专项督查，重点查看燃气管道、报警装置和操作人员持证情况。</p>
        <p>督查组共检查餐饮单位46家，排查燃气安全隐患31处，现场整改隐患25处，其余隐患已下发整改通知并明确整改时限。</p>
        <p>相关负责人表示，将持续开展“回头看”，对整改不到位的单位依法从严处理，坚决守住安全底线，确保群众生命财产安全。</p>
        </div></body></html>
        """;

    [Fact]
    public void Template_reports_from_two_districts_with_the_same_counts_are_not_scored_as_duplicates()
    {
        var corpus = TestPaths.NewTempDir();
        Directory.CreateDirectory(Path.Combine(corpus, "pages"));
        Directory.CreateDirectory(Path.Combine(corpus, "expected"));
        foreach (var (stem, district) in new[] { ("a_yinzhou", "鄞州区"), ("b_haishu", "海曙区") })
        {
            File.WriteAllText(Path.Combine(corpus, "pages", stem + ".html"), string.Format(Template, district));
            File.WriteAllText(Path.Combine(corpus, "expected", stem + ".json"), """{ "status": "ok", "duplicate_of": null }""");
        }

        var report = new CorpusEvaluator(PlaceResolvers.Default()).Evaluate(corpus);

        Assert.Equal(2, report.Pages.Count(p => p.Actual.Article.Status == PressMine.Records.ArticleStatus.Ok));
        Assert.Equal(0, report.DuplicatePairs.Predicted);
    }
}
