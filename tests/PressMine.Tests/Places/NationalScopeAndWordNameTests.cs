using PressMine.Extract;
using PressMine.Places;

namespace PressMine.Tests.Places;

/// <summary>
/// Places on national news (issue 15): county short forms that are parts of ordinary words need evidence,
/// national round-ups and clauses over several provinces get no province, and a clause naming another
/// province than the story's keeps it. Sentences written here.
/// </summary>
public sealed class NationalScopeAndWordNameTests
{
    static readonly GazetteerPlaceResolver Resolver = GazetteerPlaceResolver.CreateDefault();

    [Theory]
    [InlineData("二十大新闻中心举行记者招待会")]      // 大新 (县) inside 二十大新闻
    [InlineData("代表提出建议和政协委员提案一并办理")]   // 和政 (县) inside 建议和政协
    [InlineData("粮食稳定安全供给有保障")]              // 定安 (县) inside 稳定安全
    public void A_county_short_form_inside_a_word_is_no_place(string text)
    {
        Assert.Null(Resolver.FindPlace(text, null));
        Assert.Null(Resolver.ResolveArticleLocality(text, text, null, null));
    }

    [Fact]
    public void A_county_short_form_with_its_parent_named_still_resolves()
    {
        Assert.Equal("510903", Resolver.FindPlace("遂宁市船山区检查企业12家", null)?.Code);
        var gazetteer = Gazetteer.Default;
        var bazhong = gazetteer.ToDivision(gazetteer.IndexOf("511900"));
        Assert.Equal("511922", Resolver.FindPlace("南江检查企业12家", bazhong)?.Code);
    }

    [Fact]
    public void A_national_round_up_gets_no_province()
    {
        const string body = "全国共检查企业10万家，发现问题隐患3万项。其中，河北发现问题800个。我国将继续开展专项检查。";
        Assert.Null(Resolver.ResolveArticleLocality("全国安全生产大检查取得成效", body, null, null));
        const string roundUp = "河北检查企业300家。山西检查企业200家。辽宁检查企业100家。浙江检查企业90家。";
        Assert.Null(Resolver.ResolveArticleLocality("各地开展检查", roundUp, null, null));
    }

    [Fact]
    public void A_story_about_one_province_keeps_it_despite_a_national_word()
    {
        const string body = "湖南省对事故中负有责任的12名公职人员严肃问责。湖南省纪委监委表示，将举一反三。长沙市将在全国率先开展排查。";
        Assert.Equal("430100", Resolver.ResolveArticleLocality("湖南长沙严肃问责", body, null, null)?.Code);
    }

    [Theory]
    [InlineData("工作组对北京、辽宁、浙江等地开展检查")]
    [InlineData("督察已覆盖31个省（区、市）和新疆生产建设兵团")]
    public void A_clause_over_several_provinces_or_the_country_has_no_one_place(string clause)
    {
        Assert.Null(Resolver.FindPlace(clause, null));
    }

    [Fact]
    public void A_clause_naming_another_province_than_the_story_keeps_that_province()
    {
        const string body = "山东济宁推进主题教育，济宁市梳理问题20个。江西共梳理专项整治问题1282个。";
        var facts = new FactExtractor(Resolver).Extract("a", "山东济宁 江西扎实推进主题教育", body, "2023-12-02", null, null).Facts;
        Assert.Equal("江西省", Assert.Single(facts, f => f.Value == 1282).Place);
    }
}
