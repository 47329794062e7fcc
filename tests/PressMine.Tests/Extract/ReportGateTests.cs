using PressMine.Extract;

namespace PressMine.Tests.Extract;

/// <summary>
/// Facts3 (issue 15): counts of places and organisations outside supervision reports, and the wordings that made
/// non-report sentences look like counts. Every sentence is written here, none copied from a page.
/// </summary>
public sealed class ReportGateTests
{
    private static string Labels(string text, string? title = null, ReportGateScope scope = ReportGateScope.Sentence) =>
        string.Join(" ", new FactExtractor(null, null, new ReportGateOptions(scope))
            .Extract("t", title, text, "2023-06-10", null, null).Facts
            .Select(f => $"{f.Metric}{(f.Kind is null ? "" : "/" + f.Kind)}:{f.Value}{(f.Approx ? "~" : "")}"));

    [Theory]
    // service coverage, fire spots and basis points are not sites covered by an inspection
    [InlineData("目前，便民服务已覆盖全市300多个社区。", "")]
    [InlineData("截至目前，山火仍有120处起火点。", "")]
    [InlineData("央行宣布将基准利率上调25个基点。", "")]
    [InlineData("医保服务覆盖超过5万家定点医药机构。", "")]
    // the same shapes in a report keep their fact
    [InlineData("督查组覆盖全县52个乡镇，发现问题12个。", "sites_covered:52 problems_found:12")]
    [InlineData("市场监管部门检查经营户80家。", "entities_inspected:80")]
    public void GatesCountsOfPlacesAndOrganisations(string text, string expected) => Assert.Equal(expected, Labels(text));

    [Theory]
    [InlineData("某国公司公布的调查结果显示，该公司有3家子公司被查出存在违规问题。", "国际联播快讯", "")]
    [InlineData("当地时间12日，该国监管部门发现问题20个。", null, "")]
    [InlineData("市监管部门发现问题20个。", "国内联播快讯", "problems_found:20")]
    public void NewsFromAbroadGivesNoFact(string text, string? title, string expected) => Assert.Equal(expected, Labels(text, title));

    [Fact]
    public void TheHeadlineCanMakeAStoryAReport() =>
        Assert.Equal("sites_covered:18", Labels("工作组覆盖18个乡镇。", title: "县委巡察工作推进会召开"));

    [Fact]
    public void WithoutTheGateTheShapeAloneDecides() =>
        Assert.Equal("sites_covered:300~", Labels("目前，便民服务已覆盖全市300多个社区。", scope: ReportGateScope.None));

    [Fact]
    public void EachScopeReadsItsOwnStretch()
    {
        const string noReport = "前期准备已完成。工作组覆盖18个乡镇。";
        const string cueBefore = "县纪委开展专项督查。工作组覆盖18个乡镇。";
        const string cueFarBefore = "县纪委开展专项督查。今天天气晴。工作组覆盖18个乡镇。";
        Assert.Equal("", Labels(noReport, scope: ReportGateScope.Story));
        Assert.Equal("", Labels(cueBefore, scope: ReportGateScope.Sentence));
        Assert.Equal("sites_covered:18", Labels(cueBefore, scope: ReportGateScope.Neighbourhood));
        Assert.Equal("", Labels(cueFarBefore, scope: ReportGateScope.Neighbourhood));
        Assert.Equal("sites_covered:18", Labels(cueFarBefore, scope: ReportGateScope.Story));
    }

    [Theory]
    // categories are no counts of problems
    [InlineData("检视整改中，着力解决作风、纪律等6个方面的问题。", "")]
    // research trips visit places, they do not inspect them
    [InlineData("督查期间，有关负责人走访调研了20多个县。", "")]
    // a Found verb with neither 问题 nor 隐患 in the period counts no problems
    [InlineData("纪委组织征集，共征集到参评机构33个。", "")]
    [InlineData("巡察组收集线索后，共收集问题12个。", "problems_found:12")]
    // suggestions received are suggestions made; 意见 issued (出台, 印发) is a document
    [InlineData("大会秘书处收到代表建议800多件。", "suggestions_made:800~")]
    [InlineData("代表提出建议、批评和意见900件。", "suggestions_made:900")]
    [InlineData("监管部门已有26个省份出台了意见。", "")]
    [InlineData("督导组被采纳的建设性意见40余条。", "suggestions_made:40~")]
    public void ReadsWhatTheCountIs(string text, string expected) => Assert.Equal(expected, Labels(text, scope: ReportGateScope.None));
}
