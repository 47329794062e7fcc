using PressMine.Extract;

namespace PressMine.Tests.Extract;

/// <summary>Wordings met in the bundled corpus that the first rules got wrong; each sentence is written anew.</summary>
public sealed class CorpusWordingTests
{
    private static string Labels(string text)
    {
        // One sentence out of its report (深入社区、村居二十余个 follows the inspection it counts): the report gate
        // would read the sentence alone, so it is off here; ReportGateTests measure it.
        var facts = new FactExtractor(null, null, new ReportGateOptions(ReportGateScope.None))
            .Extract("t", null, text, "2021-06-10", null, null).Facts;
        return string.Join(" ", facts.Select(f => $"{f.Metric}{(f.Kind is null ? "" : "/" + f.Kind)}:{f.Value}{(f.Approx ? "~" : "")}"));
    }

    [Theory]
    // Petitions from the public: received and closed are not problems found or rectified.
    [InlineData("截至6月9日，共收到转办信访件87件，已办结80件。", "other/complaints_received:87 other/complaints_closed:80")]
    [InlineData("群众信访交办件41件，已全部办结。", "other/complaints_received:41")]
    [InlineData("受理群众投诉35件，已办结33件。", "other/complaints_received:35 other/complaints_closed:33")]
    [InlineData("交办问题53个，已办结48个。", "problems_found:53 problems_rectified:48")]
    // Enforcement measures are "other" with their own kind.
    [InlineData("对2家存在重大隐患的加气站责令停业整顿。", "other/businesses_suspended:2")]
    [InlineData("对管控不力的5家场所责令暂停营业。", "other/businesses_suspended:5")]
    [InlineData("共检查矿井11座，责令停产整顿3座。", "entities_inspected:11 other/production_suspended:3")]
    [InlineData("对问题较多的6个项目下达停工整改指令。", "other/work_stopped:6")]
    [InlineData("通知平台下线违规商户9家。", "other/businesses_delisted:9")]
    [InlineData("查处违法行为7起，行政拘留4人。", "other/cases_investigated:7 other/people_detained:4")]
    // Nouns: projects, boats, mines and households are entities; 重点部位, 水库 and 村（社区） are sites.
    [InlineData("共检查在建项目37个。", "entities_inspected:37")]
    [InlineData("共检查渔船二百余艘。", "entities_inspected:200~")]
    [InlineData("已入户安检居民用户3.5万户。", "entities_inspected:35000")]
    [InlineData("共督查堤防、水闸等重点部位45处。", "sites_covered:45")]
    [InlineData("督查水库19座。", "sites_covered:19")]
    [InlineData("累计检查村（社区）208个。", "sites_covered:208")]
    [InlineData("已累计督导村居57个。", "sites_covered:57")]
    [InlineData("深入社区、村居二十余个。", "sites_covered:20~")]
    [InlineData("本次检查覆盖全县加油站31家。", "entities_inspected:31")]
    // Documents and equipment.
    [InlineData("已向各市交办问题清单9份。", "notices_issued:9")]
    [InlineData("下发执法文书52份。", "notices_issued:52")]
    [InlineData("下达安全监察指令书7份。", "notices_issued:7")]
    [InlineData("检查电梯等设备310台。", "other/equipment_inspected:310")]
    [InlineData("全镇共检查农村宴席96场次。", "inspections:96")]
    // 隐患和问题 is a hazard noun; 集中整治 and 培训机构 are names, not verbs.
    [InlineData("发现消防隐患和问题88处，已整改80处。", "hazards_found:88 hazards_rectified:80")]
    [InlineData("此次集中整治共检查社会单位150家。", "entities_inspected:150")]
    [InlineData("共检查培训机构27家，依法关停培训机构2家。", "entities_inspected:27 other/entities_closed:2")]
    public void ClassifiesCorpusWordings(string text, string expected) => Assert.Equal(expected, Labels(text));

    [Theory]
    [InlineData("将切实解决一批群众反映强烈的问题。")] // 一批: an article, not a count
    [InlineData("整改完成一个、销号一个。")]
    [InlineData("对违规问题发现一起、查处一起。")]
    [InlineData("检查人员发现教学楼一处应急灯损坏。")]
    [InlineData("航线覆盖全球80多个国家和地区。")] // coverage without a place noun is not supervision
    [InlineData("工作组深入全县15个乡镇开展暗访。")] // where teams went, not a tally
    [InlineData("督办件办结率达97.5%。")] // a closure rate, not a rectification rate
    [InlineData("投诉举报办结率为99%。")]
    public void GivesNoFact(string text) => Assert.Equal("", Labels(text));

    [Fact]
    public void ProblemClosureRateIsARectificationRate() =>
        Assert.Equal("rectification_rate:95.5", Labels("交办问题办结率达95.5%。"));
}
