using PressMine.Extract;
using PressMine.Records;
using PressMine.Places;

namespace PressMine.Tests.Extract;

public sealed class FactExtractorTests
{
    private static readonly Division Ningbo = new("330200", "宁波市", DivisionLevel.City, "浙江省", "宁波市", null);
    private static readonly Division Zhenhai = new("330211", "镇海区", DivisionLevel.County, "浙江省", "宁波市", "镇海区");

    /// <summary>A hand-written resolver: the article is in Ningbo; a clause naming 镇海 or 宁波 resolves to it.</summary>
    private sealed class FakePlaces : IPlaceResolver
    {
        public Division? ResolveArticleLocality(string? title, string body, string? site, string? source) => Ningbo;

        public Division? FindPlace(string clause, Division? articleLocality) =>
            clause.Contains("镇海") ? Zhenhai : clause.Contains("宁波") ? Ningbo : null;
    }

    private const string Body = "宁波市督导组连日来明察暗访。\n截至昨天，镇海区共发现问题12个，已整改9个；宁波全市共下发督办通知3期。";

    [Fact]
    public void FactsCarryEvidenceOffsetsDatesAndNarrowerPlaces()
    {
        var result = new FactExtractor(new FakePlaces()).Extract("a1", "标题", Body, "2020-02-19T08:00:00+08:00", "cnnb", null);
        Assert.Equal(Ningbo, result.Locality);
        Assert.Equal(3, result.Facts.Count);
        foreach (var fact in result.Facts)
        {
            Assert.Equal("a1", fact.ArticleId);
            Assert.Equal(fact.Evidence, Body.Substring(fact.Start, fact.End - fact.Start));
            Assert.Equal("2020-02-18", fact.AsOf);
        }
        var found = result.Facts.Single(f => f.Metric == Metrics.ProblemsFound);
        Assert.Equal(("浙江省宁波市镇海区", "330211", "个", 12d), (found.Place, found.DivisionCode, found.Unit, found.Value));
        var notices = result.Facts.Single(f => f.Metric == Metrics.NoticesIssued);
        // The clause names only the article's own city: the count is the locality's, and says so.
        Assert.Equal(("浙江省宁波市", "330200"), (notices.Place, notices.DivisionCode));
        Assert.Equal("宁波全市共下发督办通知3期。", notices.Evidence);
    }

    [Fact]
    public void WorksWithoutPlaceResolverOrPublishDate()
    {
        var result = new FactExtractor(null).Extract("a2", null, "截至2月14日，发现问题5个。", null, null, null);
        Assert.Null(result.Locality);
        var fact = Assert.Single(result.Facts);
        Assert.Null(fact.AsOf);
        Assert.Null(fact.Place);
    }

    [Fact]
    public void RepeatedBodyGivesEachFactOnce()
    {
        const string once = "截至目前，共发现问题7个。";
        var result = new FactExtractor(null).Extract("a3", null, once + "\n编辑：某某\n" + once, "2020-03-01", null, null);
        Assert.Single(result.Facts);
    }
}
