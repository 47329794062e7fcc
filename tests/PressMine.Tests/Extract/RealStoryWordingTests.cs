using PressMine.Extract;

namespace PressMine.Tests.Extract;

/// <summary>
/// Failure classes of the real-story development part (issue 15), one sentence written here for each:
/// percentage points, 超 as "over", categories, bare place nouns counted, tours by 督察/巡视, unknown nouns after a
/// verb, receiving what is no complaint, crime statistics, self-criticism, rectification plans and their rate.
/// </summary>
public sealed class RealStoryWordingTests
{
    private static string Labels(string text, string? title = null, string published = "2023-06-10")
    {
        var facts = new FactExtractor(null).Extract("t", title, text, published, null, null).Facts;
        return string.Join(" ", facts.Select(f => $"{f.Metric}{(f.Kind is null ? "" : "/" + f.Kind)}:{f.Value}{(f.Approx ? "~" : "")}"));
    }

    [Theory]
    // numbers that are no counts
    [InlineData("该指数比上月上升0.7个百分点，检查企业12家。", "entities_inspected:12")]
    [InlineData("利润占比提高2个百分点。", "")]
    // 超 means "over", except in 商超
    [InlineData("现场解决问题超300个。", "problems_rectified:300~")]
    [InlineData("检查农贸市场8个、商超26家。", "entities_inspected:8 entities_inspected:26")]
    // categories are no counts
    [InlineData("专项行动集中整治三类突出问题。", "")]
    // places counted without a measure word, tours by 督察 and 巡视
    [InlineData("督察组分别对甲、乙、丙3省开展督察。", "sites_covered:3")]
    [InlineData("巡视组将对12家中央企业开展巡视。", "entities_inspected:12")]
    [InlineData("镇纪委对3个村的集体资金开展了检查。", "")]
    // a noun the lexicon does not know is not the problem spoken of before
    [InlineData("发现问题20个，处置违规账号300个。", "problems_found:20")]
    [InlineData("针对发现的问题，制定整改措施28条。", "")]
    [InlineData("征集到来自40个国家的作品。", "")]
    [InlineData("办结群众反映强烈的环境问题86件。", "problems_rectified:86")]
    [InlineData("办结86件长期没有解决的环境问题。", "problems_rectified:86")]
    // receiving documents is not receiving complaints
    [InlineData("共接收报送备案的规范性文件700件。", "")]
    [InlineData("受理群众举报线索90件。", "other/complaints_received:90")]
    // police, procurators and courts counting their own cases; a handover to them still counts
    [InlineData("全市公安机关共破获刑事案件200起，查处违法行为人900人。", "")]
    [InlineData("检察机关共立案公益诉讼案件3000件。", "")]
    [InlineData("对涉嫌犯罪的移送公安机关5人。", "other/cases_transferred:5")]
    // a written self-criticism is no inspection
    [InlineData("责令对事故负有责任的12个单位作出书面检查并切实整改。", "problems_rectified:12")]
    // rectification plans: items found, items done, completion rate
    [InlineData("截至6月底，整改方案明确的300项整改任务已完成200项，完成率为67%。", "problems_found:300 problems_rectified:200 rectification_rate:67")]
    [InlineData("已完成整改任务120项。", "problems_rectified:120")]
    [InlineData("项目完成率为67%。", "")]
    // lists of problems counted in items
    [InlineData("梳理上报问题清单150条。", "problems_found:150")]
    [InlineData("交办问题清单11份。", "notices_issued:11")]
    [InlineData("查办违法案件36起。", "other/cases_investigated:36")]
    public void ClassifiesCounts(string text, string expected) => Assert.Equal(expected, Labels(text));

    [Theory]
    [InlineData("截至2023年2月，已整改问题30个。", "2023-02-28", null)]
    [InlineData("截至今年9月底，已整改问题30个。", "2023-09-30", null)]
    [InlineData("今年一季度，查处问题30起。", "2023-03-31", "2023-01-01")]
    [InlineData("2022年，全国检查企业3万家。", "2022-12-31", "2022-01-01")]
    [InlineData("今年1—5月，累计检查企业600户。", "2023-05-31", "2023-01-01")]
    [InlineData("2022年前11个月，共立案180起。", "2022-11-30", "2022-01-01")]
    [InlineData("去年，共抽检食品500批次。", "2022-12-31", "2022-01-01")]
    [InlineData("从2019年7月启动，分批完成对12个省的督察。", null, "2019-07-01")]
    [InlineData("自今年3月开展专项行动以来，检查经营者200家。", null, "2023-03-01")]
    [InlineData("从2015年底到现在，督察已覆盖12个省。", "2023-06-10", "2015-12-31")] // 从X至今: since X (gold README)
    [InlineData("到2025年，全面完成整改任务30项。", null, null)]
    public void Reads_the_period_of_the_count(string text, string? asOf, string? since)
    {
        var fact = Assert.Single(new FactExtractor(null).Extract("t", null, text, "2023-06-10", null, null).Facts);
        Assert.Equal((asOf, since), (fact.AsOf, fact.Since));
    }

    [Fact]
    public void A_sentence_without_a_period_takes_the_headline_s()
    {
        var fact = Assert.Single(new FactExtractor(null).Extract("t", "2022年全国检查工作情况", "全国共检查企业3万家。", "2023-02-13", null, null).Facts);
        Assert.Equal(("2022-12-31", "2022-01-01"), (fact.AsOf, fact.Since));
    }
}
