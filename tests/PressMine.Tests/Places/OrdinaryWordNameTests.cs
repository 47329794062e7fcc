using PressMine.Places;

namespace PressMine.Tests.Places;

/// <summary>
/// Division names that are ordinary words (合作, 安宁, 同心, 东方; corpus/gazetteer/common-words.txt) are places
/// only with evidence: the suffixed full name, or a parent named right before. Sentences written here.
/// </summary>
public sealed class OrdinaryWordNameTests
{
    static readonly GazetteerPlaceResolver Resolver = GazetteerPlaceResolver.CreateDefault();

    [Theory]
    [InlineData("双方加强合作，检查企业12家")]
    [InlineData("守护一方安宁，排查隐患30处")]
    [InlineData("同心协力开展督查，发现问题8个")]
    [InlineData("东方红小学开展安全检查")]
    public void An_ordinary_word_alone_is_no_place(string text)
    {
        Assert.Null(Resolver.FindPlace(text, null));
        Assert.Null(Resolver.ResolveArticleLocality(text, text, null, null));
    }

    [Theory]
    [InlineData("合作市检查企业12家", "合作市")]
    [InlineData("甘南州合作检查企业12家", "合作市")]
    [InlineData("宁夏同心排查隐患30处", "同心县")]
    [InlineData("云南安宁排查隐患30处", "安宁市")]
    public void With_its_suffix_or_its_parent_right_before_it_is_the_division(string text, string expected)
    {
        var place = Resolver.FindPlace(text, null);
        Assert.NotNull(place);
        Assert.EndsWith(expected, place.FullName);
    }
}

/// <summary>A count of several provinces belongs to none of them (issue 15: counts spread over several provinces).</summary>
public sealed class ProvinceCountPlaceTests
{
    [Theory]
    [InlineData("全国开展督察。督察范围从20个省份扩大到31个省和新疆生产建设兵团。")]
    [InlineData("全国开展督察。督察组对新疆等5省开展督察。")]
    public void A_count_of_provinces_gets_no_clause_place(string text)
    {
        var result = new PressMine.Extract.FactExtractor(PressMine.Places.GazetteerPlaceResolver.CreateDefault())
            .Extract("p", null, text, "2023-07-15", null, null);
        Assert.Null(result.Locality);
        Assert.NotEmpty(result.Facts);
        Assert.All(result.Facts, f => Assert.Null(f.Place));
    }
}

/// <summary>A national institution's story (中国…, 党中央) from no local site names a city in passing: no locality.</summary>
public sealed class NationalInstitutionScopeTests
{
    [Fact]
    public void A_national_institution_story_naming_one_city_gets_no_locality()
    {
        const string body = "中国某某银行开展主题教育，对调研中发现的20个问题逐项整改。武汉一家企业获得了贷款。";
        Assert.Null(PressMine.Places.GazetteerPlaceResolver.CreateDefault().ResolveArticleLocality("中国某某银行支持实体经济", body, null, null));
    }
}
