using System.Text.RegularExpressions;
using PressMine.Clean;
using PressMine.Decode;
using Xunit.Abstractions;

namespace PressMine.Tests.Clean;

/// <summary>The five real seed dumps: status, titles, dates, metadata and a body free of furniture and repeats.</summary>
public sealed class SeedPagesTests(ITestOutputHelper output)
{
    private static readonly Regex Furniture = new(
        @"您当前的位置|当前位置|^稿源|^来源|报料热线|^编辑|纠错|版权|许可证|扫一扫|推荐阅读|(?:19|20)\d\d-\d\d-\d\d$|^\d\d-\d\d \d\d-\d\d$|^作者|^记者|Copyright|ICP");

    private static CleanResult CleanSeed(string prefix)
    {
        var path = Requires.Seed(prefix);
        var decoded = CharsetDecoder.Decode(File.ReadAllBytes(path), null, isHtml: false, out var reason);
        Assert.True(decoded is not null, reason);
        return new PageCleaner().Clean(decoded!.Text, isTextDump: true, url: null);
    }

    [SkippableTheory]
    [InlineData("000", "浙江省委疫情防控督导组在甬督导", "2020-02-19T08:44:05+08:00")]
    [InlineData("001", "镇海纪检监察干部一线织密防疫网", "2021-12-16T07:06:33+08:00")]
    [InlineData("002", "市第九核查督导组入驻诸城市 细核查严督导 坚决打好疫情防控阻击战", "2020-02-27T11:02:13+08:00")]
    [InlineData("003", "直奔基层、现场暗访!万源市防疫督查督办“有一套”", "2020-02-15T11:11:19+08:00")]
    [InlineData("004", "市四套班子领导分赴各地,督查基层疫情防控工作落实情况", null)]
    public void Seed_is_an_article_with_title_date_and_a_clean_body(string prefix, string title, string? published)
    {
        var result = CleanSeed(prefix);
        Assert.True(result.Page is not null, result.RejectReason);
        var page = result.Page!;
        output.WriteLine($"title={page.Title} date={page.PublishedAt} source={page.Source} author={page.Author} editor={page.Editor} site={page.Site}");
        foreach (var p in page.Paragraphs) output.WriteLine("| " + p);

        Assert.Equal(title, page.Title);
        Assert.Equal(published, page.PublishedAt);
        Assert.True(page.Paragraphs.Count >= 3, $"only {page.Paragraphs.Count} paragraphs");
        Assert.Equal(page.Paragraphs.Count, page.Paragraphs.Distinct().Count());
        Assert.DoesNotContain(page.Paragraphs, p => p == title);
        foreach (var p in page.Paragraphs)
        {
            Assert.False(Furniture.IsMatch(p), $"furniture in body: {p}");
            Assert.False(p.StartsWith(' ') || p.StartsWith('\u3000'), $"untrimmed paragraph: {p}");
        }
    }

    [SkippableFact]
    public void Seed_000_metadata_and_single_body()
    {
        var result = CleanSeed("000");
        Assert.True(result.Page is not null, result.RejectReason);
        var page = result.Page!;
        Assert.Equal("中国宁波网", page.Source);
        Assert.Equal("杜寅", page.Editor);
        Assert.Equal("董小芳", page.Author);
        Assert.Equal("中国宁波网", page.Site);
        Assert.Equal(7, page.Paragraphs.Count);
        Assert.DoesNotContain(page.Paragraphs, p => p.StartsWith("【专题】"));
    }

    [SkippableFact]
    public void Seed_001_body_once_and_reporters_read()
    {
        var result = CleanSeed("001");
        Assert.True(result.Page is not null, result.RejectReason);
        var page = result.Page!;
        Assert.Equal(7, page.Paragraphs.Count);
        Assert.Equal("中国宁波网", page.Source);
        Assert.Equal("杜寅", page.Editor);
        Assert.Contains("董小芳", page.Author);
    }

    [SkippableFact]
    public void Seed_002_stops_at_recommended_reading()
    {
        var result = CleanSeed("002");
        Assert.True(result.Page is not null, result.RejectReason);
        var page = result.Page!;
        Assert.Equal("潍坊日报", page.Source);
        Assert.Equal("纪哲", page.Author);
        Assert.Equal(4, page.Paragraphs.Count);
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("[详细]") || p.StartsWith('•'));
    }

    [SkippableFact]
    public void Seed_003_metadata()
    {
        var result = CleanSeed("003");
        Assert.True(result.Page is not null, result.RejectReason);
        var page = result.Page!;
        Assert.Equal("达州日报网", page.Source);
        Assert.Equal("尹可", page.Editor);
        Assert.Equal("马发海", page.Author);
        Assert.Equal("达州日报网", page.Site);
        Assert.Equal(11, page.Paragraphs.Count);
    }

    [SkippableFact]
    public void Seed_004_drops_teaser_and_unrelated_headline()
    {
        var result = CleanSeed("004");
        Assert.True(result.Page is not null, result.RejectReason);
        var page = result.Page!;
        Assert.Equal("温州日报全媒体", page.Source);
        Assert.Equal("林明 郑序", page.Author);
        Assert.Equal("陈迪", page.Editor);
        Assert.Null(page.PublishedAt);
        Assert.StartsWith("连日来", page.Paragraphs[0]);
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("电解铝") || p == "-");
        Assert.Equal(12, page.Paragraphs.Count);
    }
}
