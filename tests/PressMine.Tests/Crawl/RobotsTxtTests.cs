using System.Text;
using PressMine.Crawl;

namespace PressMine.Tests.Crawl;

public class RobotsTxtTests
{
    static RobotsTxt Parse(string text) => RobotsTxt.Parse(Encoding.UTF8.GetBytes(text), "PressMine");
    static bool Allowed(RobotsTxt r, string path) => r.IsAllowed(new Uri("http://news.example.cn" + path));

    [Fact]
    public void Longest_match_wins_and_allow_wins_a_tie()
    {
        var r = Parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /a\nAllow: /a\n");
        Assert.False(Allowed(r, "/news/secret.html"));
        Assert.True(Allowed(r, "/news/public/1.html"));
        Assert.True(Allowed(r, "/a/b"));
        Assert.True(Allowed(r, "/other"));
    }

    [Fact]
    public void Wildcards_and_end_anchor()
    {
        var r = Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\nAllow: /$\n");
        Assert.False(Allowed(r, "/files/report.pdf"));
        Assert.True(Allowed(r, "/files/report.pdf.html"));
        Assert.False(Allowed(r, "/search/?page=2&q=督查"));
        Assert.True(Allowed(r, "/"));
    }

    [Fact]
    public void The_group_for_this_crawler_replaces_the_star_group_and_merges_when_repeated()
    {
        var r = Parse("User-agent: *\nDisallow: /\n\nUser-agent: pressmine\nDisallow: /private/\nCrawl-delay: 2.5\n\nUser-agent: OtherBot\nUser-agent: PressMine\nDisallow: /tmp/\n");
        Assert.True(Allowed(r, "/news/1.html"));
        Assert.False(Allowed(r, "/private/x"));
        Assert.False(Allowed(r, "/tmp/x"));
        Assert.Equal(TimeSpan.FromSeconds(2.5), r.CrawlDelay);
    }

    [Fact]
    public void Star_group_applies_when_no_group_names_this_crawler_and_empty_disallow_allows()
    {
        var r = Parse("# comment\nUser-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow:\nCrawl-delay: 1 # seconds\nSitemap: http://news.example.cn/sitemap.xml\n");
        Assert.True(Allowed(r, "/anything"));
        Assert.Equal(TimeSpan.FromSeconds(1), r.CrawlDelay);
        Assert.Equal(["http://news.example.cn/sitemap.xml"], r.Sitemaps);
    }

    [Fact]
    public void Non_ascii_patterns_match_percent_encoded_paths_and_robots_txt_itself_is_always_allowed()
    {
        var r = Parse("User-agent: *\nDisallow: /专题/\nDisallow: /\n");
        Assert.False(Allowed(r, "/%E4%B8%93%E9%A2%98/1.html"));
        Assert.True(Allowed(r, "/robots.txt"));
        Assert.False(RobotsTxt.Unreachable.IsAllowed(new Uri("http://a.cn/x")));
        Assert.True(RobotsTxt.AllowAll.IsAllowed(new Uri("http://a.cn/x")));
    }

    [Theory]
    [InlineData("NaN", null)]                 // found by the fuzzer: TimeSpan.FromSeconds(NaN) threw and ended the crawl
    [InlineData("Infinity", 86_400.0)]
    [InlineData("1e400", 86_400.0)]
    [InlineData("-1", null)]
    public void A_crawl_delay_that_is_no_usable_number_is_ignored_or_capped(string value, double? seconds) =>
        Assert.Equal(seconds, Parse($"User-agent: *\nCrawl-delay: {value}\n").CrawlDelay?.TotalSeconds);
}
