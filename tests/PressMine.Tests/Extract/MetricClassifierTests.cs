using PressMine.Extract;
using PressMine.Records;

namespace PressMine.Tests.Extract;

public sealed class MetricClassifierTests
{
    private static string Labels(string text)
    {
        var facts = new FactExtractor(null).Extract("t", null, text, "2021-06-10", null, null).Facts;
        return string.Join(" ", facts.Select(f => $"{f.Metric}{(f.Kind is null ? "" : "/" + f.Kind)}:{f.Value}{(f.Approx ? "~" : "")}"));
    }

    [Theory]
    [InlineData("督查组共发现问题124个。", "problems_found:124")]
    [InlineData("共搜集、发现问题40件。", "problems_found:40")]
    [InlineData("检查中发现40件问题。", "problems_found:40")]
    [InlineData("发现问题12个，已整改到位9个。", "problems_found:12 problems_rectified:9")]
    [InlineData("发现并督促整改问题97个。", "problems_found:97 problems_rectified:97")]
    [InlineData("督促整改或提出建议25件。", "problems_rectified:25")]
    [InlineData("全市问题整改率达96.3%。", "rectification_rate:96.3")]
    [InlineData("开展督查29次，检查企业56家次。", "inspections:29 entities_inspected:56")]
    [InlineData("抽查32家餐饮场所。", "entities_inspected:32")]
    [InlineData("排查隐患213处，整改隐患198处。", "hazards_found:213 hazards_rectified:198")]
    [InlineData("排查出各类安全隐患30处，其中重大隐患2处。", "hazards_found:30 hazards_found:2")]
    [InlineData("发现问题隐患15处，已整改12处。", "hazards_found:15 hazards_rectified:12")]
    [InlineData("下发督办通知12期，督查通报4期。", "notices_issued:12 notices_issued:4")]
    [InlineData("共问责3人，给予党纪政务处分2人。", "people_held_accountable:3 people_held_accountable:2")]
    [InlineData("监督检查实现全覆盖52个乡镇。", "sites_covered:52")]
    [InlineData("向相关部门提出建议18条。", "suggestions_made:18")]
    [InlineData("立案查处46家，约谈负责人5人。", "other/cases_filed:46 other/people_interviewed:5")]
    [InlineData("其中已整改到位十余个。", "problems_rectified:10~")]
    [InlineData("共发现问题30个，其中已整改十余个。", "problems_found:30 problems_rectified:10~")]
    public void ClassifiesCounts(string text, string expected) => Assert.Equal(expected, Labels(text));

    [Theory]
    [InlineData("督导组于2月15日14时来到小区。")]
    [InlineData("协助村干部24小时轮班值守。")]
    [InlineData("第三组深入第2、4督导组所在镇街。")]
    [InlineData("采取“四不两直”方式，坚持两手抓。")]
    [InlineData("举报电话：0818-2379260，邮箱123456@qq.com。")]
    [InlineData("该县辖19个乡镇，总投资额152.5亿元。")]
    [InlineData("规模以上工业企业复工率达到96.3%。")]
    [InlineData("目前隔离的有13户，抽调50余名干部值守。")]
    [InlineData("人均间隔1米以上。")]
    [InlineData("组成6个监督检查小组，成立28个监督小分队。")]
    [InlineData("此次检查未发现问题。")]
    [InlineData("检查发现多处问题，督促整改了几十个问题。")]
    [InlineData("发现问题两三个。")]
    [InlineData("发放宣传资料3000余份，张贴通告200份。")]
    [InlineData("深入我市10个区县开展督查。")]
    public void DistractorsGiveNoFacts(string text) => Assert.Equal("", Labels(text));

    [Fact]
    public void SubCountTakesTheMetricOfItsTotal()
    {
        var count = CountFinder.Find("其中涉及复工复产的15件").Single();
        var labels = MetricClassifier.Classify(count, new MetricLabel(Metrics.ProblemsRectified));
        Assert.Equal([new MetricLabel(Metrics.ProblemsRectified)], labels);
        Assert.Empty(MetricClassifier.Classify(count, null));
    }

    [Fact]
    public void CountsAfterAndBeforeTheNounBothWork()
    {
        Assert.Equal("问题", CountFinder.Find("发现40件问题").Single().RightNoun);
        var after = CountFinder.Find("发现问题124个").Single();
        Assert.Equal(("发现问题", "个", 124d), (after.Left, after.Unit, after.Value));
    }
}
