using PressMine.Places;

namespace PressMine.Tests.Places;

/// <summary>Article localities the corpus showed wrong at first; every text here is written for the test.</summary>
public class ArticleLocalityTests
{
    static readonly GazetteerPlaceResolver Resolver = GazetteerPlaceResolver.CreateDefault();

    [Fact]
    public void An_ambiguous_site_name_does_not_place_a_province_wide_report()
    {
        const string body = "日前，浙江省消防救援总队组织的年度消防安全巡查结束。巡查组对全省各设区市进行了暗访，共发现问题隐患300余个。";
        var locality = Resolver.ResolveArticleLocality("省消防总队完成年度巡查", body, "东海新闻网", "浙江日报");
        Assert.Equal("330000", locality?.Code);
    }

    [Theory]
    [InlineData("东海新闻网", null)]      // 东海 is a sea as much as 连云港's 东海县
    [InlineData("中山日报", "442000")]    // an ambiguous name that is a city still names the paper's city
    public void Ambiguous_site_names_count_only_as_cities(string source, string? code)
    {
        int entry = new SiteLocality(Gazetteer.Default).Resolve(null, source);
        Assert.Equal(code, entry < 0 ? null : Gazetteer.Default.CodeOf(entry).ToString());
    }

    [Fact]
    public void Policy_words_that_are_county_names_do_not_split_the_weight()
    {
        const string body = "今年以来，沂南县纪委监委聚焦惠民惠农资金开展监督，重点查看惠民补贴是否足额发放。";
        var locality = Resolver.ResolveArticleLocality("沂南县开展惠民惠农资金专项监督", body, null, "沂蒙晚报");
        Assert.Equal("371321", locality?.Code);
    }

    [Theory]
    [InlineData("惠民政策落实情况")]
    [InlineData("惠农补贴发放到户")]
    public void Policy_words_are_not_places(string clause) => Assert.Null(Resolver.FindPlace(clause, null));

    [Fact]
    public void A_city_written_before_its_district_only_qualifies_it()
    {
        const string body = "10月9日上午，达州市通川区一所中学的礼堂里坐满了学生。市话剧团为师生演出了原创剧目，活动今年已走进全市15所学校。";
        var locality = Resolver.ResolveArticleLocality("话剧进校园", body, null, "巴山日报");
        Assert.Equal("511702", locality?.Code);
    }

    [Fact]
    public void Whole_county_words_follow_the_named_county_when_the_paper_is_named_after_another_district()
    {
        const string body = "今年以来，临泉县应急管理局开展燃气安全整治。截至9月底，全县共检查餐饮场所126家，全县排查隐患58处。";
        var locality = Resolver.ResolveArticleLocality("临泉县燃气安全整治见成效", body, null, "颍州晚报");
        Assert.Equal("341221", locality?.Code);
    }

    [Fact]
    public void Whole_county_words_still_follow_a_county_paper_that_the_text_names()
    {
        const string body = "连日来，瑞安市督导组深入各镇街检查。全市共抽查企业40家，瑞安市相关负责人表示将抓好整改。";
        var locality = Resolver.ResolveArticleLocality(null, body, null, "瑞安日报");
        Assert.Equal("330381", locality?.Code);
    }
}
