using PressMine.Clean;

namespace PressMine.Tests.Clean;

/// <summary>The ranked publish-date search over every place a date lives, on pages written for the test.</summary>
public sealed class PublishDateSearchTests
{
    private const string Body = "<p>县应急管理局组织检查组，对辖区内的加油站、液化气站和烟花爆竹经营点开展了安全检查，共检查单位四十二家，发现隐患一百余处，已督促整改。</p>"
                                + "<p>检查组要求各单位落实主体责任，建立隐患台账，逐条整改销号，确保节日期间安全形势平稳，群众生命财产安全得到保障。</p>";

    private static string Page(string head, string byline, string beforeTitle = "", string afterBody = "")
        => $"<html><head><meta charset=\"utf-8\"><title>县里开展节前安全检查 - 示例新闻网</title>{head}</head><body>"
           + $"{beforeTitle}<h1>县里开展节前安全检查</h1>{byline}<div class=\"content\">{Body}</div>{afterBody}"
           + "<div class=\"footer\">Copyright © 2023 示例新闻网 版权所有</div></body></html>";

    private static (string? Date, string? Basis) Clean(string html, string? url = null)
    {
        var page = new PageCleaner().Clean(html, isTextDump: false, url).Page;
        Assert.NotNull(page);
        return (page.PublishedAt, page.PublishedAtBasis);
    }

    [Theory]
    [InlineData("<div>发布时间：2019-03-05 10:20</div>", "2019-03-05T10:20:00+08:00")]
    [InlineData("<div>发布时间 2019-03-05 10:20</div>", "2019-03-05T10:20:00+08:00")]
    [InlineData("<div>发布时间2019年3月5日</div>", "2019-03-05")]
    [InlineData("<div>发表于2019-03-05 10:20| 1164次阅读</div>", "2019-03-05T10:20:00+08:00")]
    [InlineData("<div>时间：2019-03-05 来源：县融媒体中心</div>", "2019-03-05")]
    [InlineData("<div>日期: 2019/03/05</div>", "2019-03-05")]
    [InlineData("<div>示例日报 2019-03-05 10:20</div>", "2019-03-05T10:20:00+08:00")]
    [InlineData("<div>NEWS.EXAMPLE.COM 2005年05月13日14:15</div>", "2005-05-13T14:15:00+08:00")]
    [InlineData("<div>原创 ExampleMedia 2019-09-04 22:18:34</div>", "2019-09-04T22:18:34+08:00")]
    [InlineData("<div>本贴由 老张 于 2019-03-05 10:20 发表</div>", "2019-03-05T10:20:00+08:00")]
    [InlineData("<div>Posted 3/5/2019 10:20 PM</div>", "2019-03-05T22:20:00+08:00")]
    [InlineData("<div><span>2019</span></div><div>03/05</div><div>10:20</div>", "2019-03-05T10:20:00+08:00")]
    public void Bylines_in_their_real_forms_give_the_date(string byline, string expected)
        => Assert.Equal((expected, DateBasis.Byline), Clean(Page("", byline)));

    [Fact]
    public void A_meta_tag_gives_the_date_and_says_so()
        => Assert.Equal(("2019-03-05T10:20:00+08:00", DateBasis.Meta),
            Clean(Page("<meta property=\"article:published_time\" content=\"2019-03-05T10:20:00+08:00\">", "")));

    [Fact]
    public void Json_ld_gives_the_date_and_says_so()
        => Assert.Equal(("2019-03-05T10:20:00+08:00", DateBasis.JsonLd),
            Clean(Page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-03-05T10:20:00+08:00\"}</script>", "")));

    [Theory]
    [InlineData("http://www.example.gov.cn/xwzx/201903/t20190305_123.html")]
    [InlineData("http://www.example.gov.cn/art/2019-03/05/content_1.html")]
    [InlineData("http://www.example.gov.cn/news/201903/05/123.html")]
    public void The_url_gives_the_day_when_nothing_else_does(string url)
        => Assert.Equal(("2019-03-05", DateBasis.Url), Clean(Page("", ""), url));

    [Fact]
    public void The_byline_time_wins_over_a_later_meta_time_of_the_same_day()
        => Assert.Equal(("2019-03-05T10:20:00+08:00", DateBasis.Byline),
            Clean(Page("<meta property=\"article:published_time\" content=\"2019-03-05T11:47:10+08:00\">", "<div>2019年03月05日 10:20 示例日报</div>")));

    [Fact]
    public void A_byline_without_a_year_takes_the_year_from_an_update_stamp_of_the_same_day()
        => Assert.Equal(("2019-10-08T12:00:57+08:00", DateBasis.Meta),
            Clean(Page("<meta name=\"dateUpdate\" content=\"2019-10-08 12:00:57\">", "<div>发布时间：10-0812:00</div>")));

    [Fact]
    public void A_two_digit_year_after_a_label_is_read()
        => Assert.Equal("2018-03-08T23:16:00+08:00", Clean(Page("", "<div>发布时间：18-03-0823:16</div>")).Date);

    [Fact]
    public void A_script_time_is_read_when_the_page_shows_only_a_relative_day()
        => Assert.Equal(("2020-02-12T22:17:54+08:00", DateBasis.Script),
            Clean(Page("<script>var ct = \"1581517074\";</script>", "<div>昨天</div>")));

    [Fact]
    public void Digits_of_another_script_in_a_script_time_are_not_unix_seconds()
        => Assert.Equal((null, null), Clean(Page("<script>var ct = \"\u0661\u0665\u0668\u0661\u0665\u0661\u0667\u0660\u0667\u0664\";</script>", "<div>昨天</div>")));

    [Fact]
    public void A_copyright_year_a_today_banner_a_body_date_and_a_subtitle_are_never_the_date()
    {
        var html = Page("", "<h2>——写在2019年3月5日节前安全检查之际</h2>",
            beforeTitle: "<div>今天是2023年1月2日 星期一</div>",
            afterBody: "<p>2019年3月1日，县里还召开了部署会议，会上各部门汇报了前期工作，明确了检查分工和时间安排。</p>");
        Assert.Equal((null, null), Clean(html));
    }

    [Fact]
    public void A_labelled_line_below_the_body_gives_the_date()
        => Assert.Equal(("2019-03-06", DateBasis.Byline), Clean(Page("", "", afterBody: "<div>发布日期：2019-03-06 责任编辑：王明</div>")));

    [Fact]
    public void Places_that_agree_outvote_a_stray_date()
    {
        var candidates = new List<DateCandidate>
        {
            new("2019-03-05T10:20:00+08:00", DateBasis.Meta, 3),
            new("2019-03-05", DateBasis.Url, 1.5),
            new("2019-02-01", DateBasis.Byline, 2, Distance: 1),
        };
        Assert.Equal(new PublishDate("2019-03-05T10:20:00+08:00", DateBasis.Meta), PublishDateSearch.Choose(candidates, [], PublishDateOptions.Default));
    }

    [Fact]
    public void The_cue_words_come_from_the_corpus_file()
    {
        var cues = PublishDateCues.Default;
        Assert.Contains("发表于", cues.BylineLabels);
        Assert.Contains("article:published_time", cues.MetaKeys);
        Assert.True(cues.IsNotAByline("Copyright © 2019"));
    }
}
