using PressMine.Extract;

namespace PressMine.Tests.Extract;

/// <summary>
/// Failure classes of the second real development part (facts2), one sentence written here for each: the head of a
/// compound noun decides its class (投诉问题线索 are leads, 提案题目 are topics), proposals are suggestions, a tour going (赴) to
/// provinces covers them, 联系指导/督促指导 guide units, and a count in a clause that states an intention (拟, 力争) is a plan, not work done.
/// </summary>
public sealed class HeadNounWordingTests
{
    private static string Labels(string text) => string.Join(" ", new FactExtractor(null)
        .Extract("t", null, text, "2023-06-10", null, null).Facts
        .Select(f => $"{f.Metric}{(f.Kind is null ? "" : "/" + f.Kind)}:{f.Value}{(f.Approx ? "~" : "")}"));

    [Theory]
    [InlineData("专班已累计受理群众投诉问题线索900条。", "other/complaints_received:900")]
    [InlineData("共办理人大代表建议800件、政协委员提案600件。", "suggestions_made:800 suggestions_made:600")]
    [InlineData("会议确定的70个重点提案题目已全部落实。", "")]
    [InlineData("梳理问题清单150条，其中拟纳入专项整治项目20条。", "problems_found:150")]
    [InlineData("力争年内整治黑臭水体40处。", "")]
    // a tour that goes to provinces covers them; guidance groups cover the units they guide
    [InlineData("检查组将赴甲、乙等6省（区、市）开展实地检查。", "sites_covered:6")]
    [InlineData("代表团赴20个国家访问。", "")]
    [InlineData("指导组联系指导甲部、乙局、丙台等5家单位。", "entities_inspected:5")]
    [InlineData("组建巡回指导组，对参加第一批主题教育的201家市级单位进行督促指导。", "entities_inspected:201")]
    public void ClassifiesCounts(string text, string expected) => Assert.Equal(expected, Labels(text));
}
