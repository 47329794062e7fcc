using System.Net;
using System.Text.RegularExpressions;
using PressMine.Crawl;

namespace PressMine.Tests.Crawl;

public class UrlRulesTests
{
    [Theory]
    [InlineData("HTTP://News.Example.CN:80/a/../b/?z=1&utm_source=wx&a=2#top", "http://news.example.cn/b/?a=2&z=1")]
    [InlineData("https://news.example.cn:443", "https://news.example.cn/")]
    [InlineData("http://news.example.cn:8080/x?spm=a.b&fbclid=1", "http://news.example.cn:8080/x")]
    [InlineData("http://news.example.cn/%e4%b8%ad", "http://news.example.cn/%E4%B8%AD")]
    public void Canonical_forms(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(input)!.AbsoluteUri);

    [Theory]
    [InlineData("javascript:void(0)")]
    [InlineData("mailto:news@example.cn")]
    [InlineData("ftp://example.cn/file")]
    [InlineData("")]
    public void Non_http_links_are_dropped(string href) => Assert.Null(UrlCanonicalizer.Canonicalize(href, new Uri("http://news.example.cn/")));

    [Theory]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.20.0.1", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("100.64.0.1", "shared (CGNAT)")]
    [InlineData("::1", "loopback")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fd00::1", "private")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("8.8.8.8", null)]
    [InlineData("172.32.0.1", null)]
    public void Address_classes(string ip, string? kind) => Assert.Equal(kind, AddressPolicy.Classify(IPAddress.Parse(ip)));

    static readonly CrawlOptions Options = new()
    {
        Seeds = [new Uri("http://www.qingxi.example.cn/")], WarcDir = "w", StateDir = "s",
        Exclude = [new Regex("/video/")], MaxDepth = 3, MaxSameShapeChain = 5,
    };

    [Theory]
    [InlineData("http://www.qingxi.example.cn/news/1.html", 1, 0, null)]
    [InlineData("http://m.qingxi.example.cn/news/1.html", 1, 0, null)]
    [InlineData("http://other.example.cn/", 1, 0, "off-site")]
    [InlineData("http://192.168.0.10/", 1, 0, "private address: 192.168.0.10 is private")]
    [InlineData("http://localhost/", 1, 0, "private address: localhost is loopback")]
    [InlineData("http://www.qingxi.example.cn/video/1.html", 1, 0, "excluded by pattern /video/")]
    [InlineData("http://www.qingxi.example.cn/news/1.html", 4, 0, "depth 4 > 3")]
    [InlineData("http://www.qingxi.example.cn/a/b/a/b/a/c.html", 1, 0, "trap: path segment 'a' repeats 3 times")]
    [InlineData("http://www.qingxi.example.cn/cal/2999-01/", 1, 0, "trap: calendar date in year 2999")]
    [InlineData("http://www.qingxi.example.cn/cal/1970/01/", 1, 0, "trap: calendar date in year 1970")]
    [InlineData("http://www.qingxi.example.cn/cal/2024/01/", 1, 6, "trap: calendar or paging loop (6 pages of one URL shape in a row)")]
    public void Scope_and_traps(string url, int depth, int chain, string? reason) =>
        Assert.Equal(reason, new UrlScope(Options, AddressPolicy.Strict).Refuse(new Uri(url), depth, chain));

    [Fact]
    public void A_very_long_url_is_a_trap() =>
        Assert.StartsWith("trap: URL longer", new UrlScope(Options, AddressPolicy.Strict).Refuse(new Uri("http://www.qingxi.example.cn/?q=" + new string('x', 600)), 1, 0));

    [Fact]
    public void Journal_replay_resumes_the_queue_and_ignores_a_torn_last_line()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "frontier.journal");
        var a = new FrontierEntry(new Uri("http://n.cn/a"), EntryKind.Page, 0, 0, 0);
        var b = new FrontierEntry(new Uri("http://n.cn/b"), EntryKind.Sitemap, 1, 0, 0);
        var c = new FrontierEntry(new Uri("http://n.cn/c"), EntryKind.Page, 2, 3, 1);
        using (var journal = new FrontierJournal(path))
        {
            journal.Queued(a); journal.Queued(b); journal.Queued(c);
            journal.Done(a.Url, 200, new Validators("\"e1\"", null));
            journal.Refused(new Uri("http://10.0.0.1/"), "private address");
        }
        File.AppendAllText(path, "D\thttp://n.cn/b\t20"); // killed mid-write
        var state = FrontierJournal.Replay(path);
        Assert.Equal([b, c], state.Queue);
        Assert.Equal(1, state.Fetched);
        Assert.Equal(1, state.Refused);
        Assert.Contains("http://10.0.0.1/", state.Seen);
        Assert.Equal("\"e1\"", state.Validators["http://n.cn/a"].ETag);
    }

    [Fact]
    public void Sitemaps_feeds_and_pages_give_their_links()
    {
        var baseUrl = new Uri("http://n.cn/");
        var index = "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>http://n.cn/s1.xml</loc></sitemap></sitemapindex>"u8.ToArray();
        Assert.Equal([new FoundLink("http://n.cn/s1.xml", EntryKind.Sitemap)], LinkExtractor.Extract(baseUrl, index, "application/xml").Links);
        var atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><link rel=\"alternate\" href=\"http://n.cn/e1\"/></entry></feed>"u8.ToArray();
        Assert.Equal([new FoundLink("http://n.cn/e1", EntryKind.Page)], LinkExtractor.Extract(baseUrl, atom, "application/atom+xml").Links);
        var html = "<html><head><base href=\"/sub/\"></head><body><a href=\"x.html\">x</a><a rel=\"nofollow\" href=\"/no\">n</a></body></html>"u8.ToArray();
        var (links, b) = LinkExtractor.Extract(baseUrl, html, "text/html");
        Assert.Equal([new FoundLink("x.html", EntryKind.Page)], links);
        Assert.Equal("http://n.cn/sub/x.html", UrlCanonicalizer.Canonicalize(links[0].Href, b)!.AbsoluteUri);
    }
}
