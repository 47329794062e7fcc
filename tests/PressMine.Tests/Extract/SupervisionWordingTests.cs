using PressMine.Extract;

namespace PressMine.Tests.Extract;

/// <summary>
/// Wordings that held-out pages got wrong: policy names with numerals, supply points, 巡察 targets and rounds,
/// settled petitions, samples and vehicles, and business services in economy news.
/// </summary>
public sealed class SupervisionWordingTests
{
    private static string Labels(string text)
    {
        var facts = new FactExtractor(null).Extract("t", null, text, "2022-06-10", null, null).Facts;
        return string.Join(" ", facts.Select(f => $"{f.Metric}{(f.Kind is null ? "" : "/" + f.Kind)}:{f.Value}{(f.Approx ? "~" : "")}"));
    }

    [Theory]
    // 1. a numeral and a measure word before 规定/制度/要求/… name a policy
    [InlineData("严肃查处违反中央八项规定精神问题22起。", "other/cases_investigated:22")]
    [InlineData("发现违反八项规定问题7个。", "problems_found:7")]
    [InlineData("督促整改落实两项制度，整改问题13个。", "problems_rectified:13")]
    [InlineData("检查“五个一”工程推进情况，发现问题6个。", "problems_found:6")]
    [InlineData("发现问题4个，一般性问题3个。", "problems_found:4 problems_found:3")]
    // 2. supply and service points are businesses
    [InlineData("抽查成品油销售点31个。", "entities_inspected:31")]
    [InlineData("排查瓶装燃气配送点14处。", "entities_inspected:14")]
    [InlineData("检查药品零售门店58家。", "entities_inspected:58")]
    [InlineData("检查核酸采样点17个。", "sites_covered:17")]
    [InlineData("抽查农村饮水工程24处。", "sites_covered:24")]
    // 3. 巡察 targets and rounds
    [InlineData("对全区的7个街道党工委开展巡察。", "entities_inspected:7")]
    [InlineData("县委开展三轮巡察，发现问题88个。", "inspections:3 problems_found:88")]
    [InlineData("组织2次专项督查。", "inspections:2")]
    [InlineData("第一、二轮巡察发现问题41个。", "problems_found:41")]
    // 4. settled petitions are closed complaints; 化解率 is no fact
    [InlineData("化解信访积案19件。", "other/complaints_closed:19")]
    [InlineData("接到群众投诉27件，化解25件。", "other/complaints_received:27 other/complaints_closed:25")]
    [InlineData("积案化解率达97.1%。", "")]
    // 5. samples tested and vehicles inspected
    [InlineData("抽检食用农产品410批次。", "other/samples_tested:410")]
    [InlineData("抽样检测散装白酒57批次。", "other/samples_tested:57")]
    [InlineData("快检猪肉样品140批次。", "other/samples_tested:140")]
    [InlineData("快速检测核酸1.6万人。", "")]
    [InlineData("检查渣土车辆62台。", "other/vehicles_inspected:62")]
    [InlineData("盘查进出车辆880辆次。", "other/vehicles_inspected:880")]
    [InlineData("出动执法车辆16辆。", "")]
    // 6. business services are not supervision; the same words under a supervision body are
    [InlineData("局领导走访服务企业45家次，帮助解决企业难题18个。", "")]
    [InlineData("收集企业诉求26条，帮扶小微企业9家。", "")]
    [InlineData("走访慰问困难群众120户。", "")]
    [InlineData("热线受理群众诉求3200件。", "other/reports_received:3200")]
    [InlineData("督导组走访企业11家，帮助解决困难8个。", "entities_inspected:11 problems_rectified:8")]
    public void ClassifiesCounts(string text, string expected) => Assert.Equal(expected, Labels(text));
}
