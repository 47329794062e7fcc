using PressMine.Extract;
using PressMine.Records;
using Xunit.Abstractions;

namespace PressMine.Tests.Extract;

/// <summary>The extractor on the project's real seed pages (reported as skipped when ../shared/seeds is absent).</summary>
public sealed class SeedFactsTests(ITestOutputHelper output)
{
    private IReadOnlyList<Fact> Run(string prefix, string publishedAt)
    {
        var path = Requires.Seed(prefix);
        var body = File.ReadAllText(path);
        var facts = new FactExtractor(null).Extract("seed" + prefix, null, body, publishedAt, null, null).Facts;
        foreach (var f in facts)
        {
            output.WriteLine($"{f.Metric}{(f.Kind is null ? "" : "/" + f.Kind)} {f.Value}{f.Unit}{(f.Approx ? " ~" : "")} as_of={f.AsOf} since={f.Since} | {f.Evidence}");
            Assert.Equal(f.Evidence, body.Substring(f.Start, f.End - f.Start));
        }
        return facts;
    }

    private static bool Has(IReadOnlyList<Fact> facts, string metric, double value) => facts.Any(f => f.Metric == metric && f.Value == value);

    [SkippableFact]
    public void Seed003_CountsOfTheWanyuanInspection()
    {
        var facts = Run("003", "2020-02-15T11:11:19+08:00");
        var found = Assert.Single(facts, f => f.Metric == Metrics.ProblemsFound);
        Assert.Equal(124, found.Value);
        var rectified = Assert.Single(facts, f => f.Metric == Metrics.ProblemsRectified);
        Assert.Equal(114, rectified.Value);
        Assert.Equal("2020-02-14", rectified.AsOf);
        Assert.True(Has(facts, Metrics.SitesCovered, 52));
        Assert.True(Has(facts, Metrics.NoticesIssued, 4));
        Assert.True(Has(facts, Metrics.NoticesIssued, 12));
        var suggestions = Assert.Single(facts, f => f.Metric == Metrics.SuggestionsMade);
        Assert.Equal(40, suggestions.Value);
        Assert.True(suggestions.Approx);
        Assert.DoesNotContain(facts, f => f.Value is 3 or 1 or 2);
    }

    [SkippableFact]
    public void Seed000_FoundAndRectifiedWithSubCounts()
    {
        var facts = Run("000", "2020-02-19T08:44:05+08:00");
        var found40 = Assert.Single(facts, f => f.Metric == Metrics.ProblemsFound && f.Value == 40);
        Assert.Equal("2020-02-09", found40.Since);
        Assert.True(Has(facts, Metrics.ProblemsFound, 16));
        Assert.True(Has(facts, Metrics.ProblemsRectified, 25));
        Assert.True(Has(facts, Metrics.ProblemsRectified, 15));
        // 对我市10个区县(市)展开了…督查: the districts a supervision tour covers are sites covered (issue 15).
        Assert.True(Has(facts, Metrics.SitesCovered, 10));
        Assert.DoesNotContain(facts, f => f.Value is 13);
        Assert.Equal(5, facts.Count);
    }

    [SkippableFact]
    public void Seed001_SitesAndTwoFactsFromOneClause()
    {
        var facts = Run("001", "2021-12-16T07:06:33+08:00");
        Assert.True(Has(facts, Metrics.SitesCovered, 170));
        Assert.True(Has(facts, Metrics.SitesCovered, 149));
        var found = Assert.Single(facts, f => f.Metric == Metrics.ProblemsFound);
        var rectified = Assert.Single(facts, f => f.Metric == Metrics.ProblemsRectified);
        Assert.All([found, rectified], f => { Assert.Equal(200, f.Value); Assert.True(f.Approx); Assert.Equal("2021-12-16", f.AsOf); });
        Assert.DoesNotContain(facts, f => f.Value is 6 or 28 or 50 or 20 or 24);
        Assert.All(facts, f => Assert.True(f.Metric is Metrics.SitesCovered or Metrics.ProblemsFound or Metrics.ProblemsRectified));
    }

    [SkippableFact]
    public void Seeds002And004_GiveNoFalseCountsFromBackground()
    {
        var facts002 = Run("002", "2020-02-27T11:02:13+08:00");
        Assert.DoesNotContain(facts002, f => f.Metric == Metrics.RectificationRate);
        Assert.DoesNotContain(facts002, f => f.Value is 96.3 or 2882 or 152.5e8 or 14 or 45 or 20 or 9);
        var facts004 = Run("004", "2020-02-02");
        Assert.Empty(facts004);
    }
}
