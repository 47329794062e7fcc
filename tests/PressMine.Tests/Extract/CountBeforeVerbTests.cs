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
    [InlineData("甲、乙2名同志在工作中领导不力，造成不良影响，应予问责。", "people_held_accountable:2")] // the verb a comma away
    [InlineData("3名干部参加培训，其中2人被问责。", "people_held_accountable:2")] // another number between: not the first count's verb
    [InlineData("委托甲、乙等5省人大常委会对本地实施情况进行检查。", "sites_covered:5")]
    [InlineData("全年共组织12次药品安全飞行检查。", "inspections:12")]
    [InlineData("督察分三批完成。", "")]
    [InlineData("分三批完成了对15个县的督察。", "inspections:3 sites_covered:15")]
    [InlineData("督导组联系指导市委宣传部、市文旅局等6家单位。", "entities_inspected:6")]
    [InlineData("大会共收到代表提出的议案300件。", "suggestions_made:300")]
    [InlineData("从中梳理出200多条针对性、典型性的意见建议。", "suggestions_made:200~")]
    [InlineData("已完成12个县（市、区）的现场巡查工作，发现问题隐患300项。", "sites_covered:12 hazards_found:300")]
    [InlineData("梳理后形成15项问题整改清单。", "problems_found:15")]
    [InlineData("代表提出建议80条，其中12条建议转请有关部门办理。", "suggestions_made:80 suggestions_made:12")]
    [InlineData("检查组赴甲、乙等3省开展检查，同时委托丙、丁等3省人大常委会进行检查。", "sites_covered:3 sites_covered:3")] // the same count twice in one sentence
    [InlineData("已取缔非法社会组织3家，劝散16家。", "other/entities_closed:3 other/entities_dissolved:16")] // 组织 in a noun is no verb
    [InlineData("对8起典型问题进行公开通报。", "other/cases_publicized:8")]
    [InlineData("网信部门累计清理违规信息1.2万条，下架应用程序5款，关停小程序3款，永久关闭账号200个。",
        "other/content_removed:12000 other/apps_removed:5 other/entities_closed:3 other/accounts_closed:200")]
    public void ReadsTheShape(string text, string expected) => Assert.Equal(expected, Labels(text));

    [Theory]
    [InlineData("8家企业开展宣传活动。")] // a light verb before no inspection verb
    [InlineData("12家企业检查了自己的账目。")] // a bare verb after the count is the count's own action
    [InlineData("参考了200多期简报。")] // notices read, not issued
    [InlineData("协调解决企业的300多项问题诉求。")] // requests of businesses, not problems
    [InlineData("会议审议了政府提请审议的4件议案。")] // bills put to a vote
    [InlineData("印发《关于改进工作的意见》，包括加强规划、防止留痕等12条意见。")] // a document's articles
    [InlineData("推动被巡视党组织坚定拥护“两个确立”。")] // a quoted slogan
    [InlineData("调研组细化形成10条重点调研清单。")] // a list of research topics, not of problems
    [InlineData("考古队清理出土文物220件。")] // clearing that removes no content
    [InlineData("10个巡视组将对企业党组织开展常规巡视。")] // the teams, not what they inspect
    public void GivesNoFact(string text) => Assert.Equal("", Labels(text));
}
