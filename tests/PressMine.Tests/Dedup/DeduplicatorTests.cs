using PressMine.Dedup;
using PressMine.Records;

namespace PressMine.Tests.Dedup;

public class DeduplicatorTests
{
    const string Report =
        "连日来，市安委会第二督查组深入各县区开展安全生产大检查。督查组采取四不两直方式，重点检查了危险化学品、建筑施工和人员密集场所。\n" +
        "截至11月20日，督查组共检查企业86家次，排查隐患213处，已整改隐患198处，下发督办通知12期。\n" +
        "督查组要求，各地要压实企业主体责任，对检查发现的问题建立台账，限期整改销号，确保安全形势持续稳定。";

    static Article Ok(string id, string body, string? published = null, string? site = null, string? source = null) => new()
    {
        Id = id, SourcePath = id, Status = ArticleStatus.Ok, Body = body, PublishedAt = published, Site = site, Source = source,
    };

    static Dictionary<string, string> Run(params Article[] articles)
    {
        var hasher = new MinHasher();
        return new Deduplicator().FindDuplicates(articles.Select(a => DedupSignature.For(a, hasher)).ToList());
    }

    [Fact]
    public void Exact_copy_with_other_whitespace_and_punctuation_is_a_duplicate_of_the_earlier_one()
    {
        var copy = Report.Replace("，", ",").Replace("\n", "\n\n  ");
        var result = Run(Ok("late", copy, "2021-11-22"), Ok("early", Report, "2021-11-21"));
        Assert.Equal("early", result["late"]);
        Assert.Single(result);
    }

    [Fact]
    public void Republished_copy_with_a_trimmed_lead_is_a_duplicate_and_the_named_source_is_canonical()
    {
        var trimmed = Report[(Report.IndexOf('\n') + 1)..] + "\n（来源：宁波日报）";
        var result = Run(Ok("copy", trimmed, "2021-11-21", "县融媒体中心", "宁波日报"), Ok("orig", Report, "2021-11-22", "宁波日报"));
        Assert.Equal("orig", result["copy"]);
    }

    [Fact]
    public void Template_report_from_another_county_with_other_counts_is_not_a_duplicate()
    {
        var other = Report.Replace("86家次", "64家次").Replace("213处", "157处").Replace("198处", "149处");
        Assert.Empty(Run(Ok("a", Report), Ok("b", other)));
    }

    [Fact]
    public void Unrelated_articles_are_not_duplicates()
    {
        var weather = "受冷空气影响，本周末我市将迎来明显降温，最低气温降至零下2摄氏度，请市民注意防寒保暖，出行注意交通安全。";
        Assert.Empty(Run(Ok("a", Report), Ok("b", weather)));
    }

    [Fact]
    public void Numbers_key_keeps_digits_in_order_of_value_not_position()
    {
        Assert.Equal("12,198,213,86", BodyNormalizer.NumbersKey("检查86家，隐患213处，整改198处，通知12期"));
        Assert.Equal("96.3", BodyNormalizer.NumbersKey("整改率达９６.３%。"));
    }

    static readonly string OtherNotices = Report.Replace("12期", "15期");

    static readonly string WithoutNotices = Report.Replace("，下发督办通知12期", "");

    [Fact]
    public void A_trimmed_copy_does_not_chain_two_reports_that_differ_in_their_counts()
    {
        var result = Run(Ok("a", Report), Ok("b", WithoutNotices), Ok("c", OtherNotices));
        Assert.Equal("a", result["b"]);
        Assert.False(result.ContainsKey("c"), "c differs from a in a count: a separate article");
        Assert.Single(result);
    }

    [Fact]
    public void A_pair_that_meets_in_many_bands_is_compared_once()
    {
        var hasher = new MinHasher();
        using var set = new SignatureSet(int.MaxValue);
        set.Add(DedupSignature.For(Ok("a", Report), hasher));
        set.Add(DedupSignature.For(Ok("c", OtherNotices), hasher));
        var result = new Deduplicator().Run(set);
        Assert.True(result.CandidatePairs > 1, $"the pair must share several bands for this test ({result.CandidatePairs})");
        Assert.Equal(1, result.Comparisons);
        Assert.Empty(result.Duplicates);
    }
}
