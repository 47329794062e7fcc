using PressMine.Extract;

namespace PressMine.Tests.Extract;

/// <summary>Shapes of real reports the rules read since facts4 (sentences written for the test, not copied).</summary>
public sealed class CountBeforeVerbTests
{
    private static string Labels(string text)
    {
        var facts = new FactExtractor(null).Extract("t", null, text, "2023-06-10", null, null).Facts;
        return string.Join(" ", facts.Select(f => $"{f.Metric}{(f.Kind is null ? "" : "/" + f.Kind)}:{f.Value}{(f.Approx ? "~" : "")}"));
    }

    [Theory]
    [InlineData("甲公司、乙公司等12家企业党组开展常规巡视。", "entities_inspected:12")]
    [InlineData("9名干部受到党纪政务处分。", "people_held_accountable:9")]
    [InlineData("委托甲、乙等5省人大常委会对本地实施情况进行检查。", "sites_covered:5")]
    [InlineData("全年共组织12次药品安全飞行检查。", "inspections:12")]
    [InlineData("督察分三批完成。", "")]
    [InlineData("分三批完成了对15个县的督察。", "inspections:3 sites_covered:15")]
    [InlineData("督导组联系指导市委宣传部、市文旅局等6家单位。", "entities_inspected:6")]
    [InlineData("大会共收到代表提出的议案300件。", "suggestions_made:300")]
    [InlineData("从中梳理出200多条针对性、典型性的意见建议。", "suggestions_made:200~")]
    public void ReadsTheShape(string text, string expected) => Assert.Equal(expected, Labels(text));

    [Theory]
    [InlineData("8家企业开展宣传活动。")] // a light verb before no inspection verb
    [InlineData("12家企业检查了自己的账目。")] // a bare verb after the count is the count's own action
    [InlineData("参考了200多期简报。")] // notices read, not issued
    [InlineData("协调解决企业的300多项问题诉求。")] // requests of businesses, not problems
    [InlineData("会议审议了政府提请审议的4件议案。")] // bills put to a vote
    [InlineData("印发《关于改进工作的意见》，包括加强规划、防止留痕等12条意见。")] // a document's articles
    public void GivesNoFact(string text) => Assert.Equal("", Labels(text));
}
