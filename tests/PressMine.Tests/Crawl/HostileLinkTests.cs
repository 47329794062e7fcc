using System.Net;
using PressMine.Crawl;
using PressMine.Tests.Pipeline;

namespace PressMine.Tests.Crawl;

/// <summary>Every URL a page gives is hostile: it becomes a queued page, a journaled refusal or nothing — never an exception.</summary>
public class HostileLinkTests
{
    [Theory]
    [InlineData("http://[::1]:8080/x", "http://[::1]:8080/x")]
    [InlineData("HTTP://[2001:DB8::1]/", "http://[2001:db8::1]/")]
    [InlineData("http://[2001:db8::1]:80/a?b=1", "http://[2001:db8::1]/a?b=1")]
    [InlineData("http://[fe80::1%25eth0]/a", "http://[fe80::1]/a")]
    [InlineData("http://localhost./", "http://localhost/")]
    [InlineData("http://user:secret@news.example.cn/x", "http://news.example.cn/x")]
    [InlineData("http://中文.中国/路径", "http://xn--fiq228c.xn--fiqs8s/%E8%B7%AF%E5%BE%84")]
    public void Canonical_forms_keep_IPv6_brackets(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(input)!.AbsoluteUri);

    [Fact]
    public void An_IPv6_link_resolves_against_its_page() =>
        Assert.Equal("http://[::1]:8080/b", UrlCanonicalizer.Canonicalize("b", new Uri("http://[::1]:8080/a"))!.AbsoluteUri);

    /// <summary>Links seen on hostile pages: IPv6 literals, broken brackets and escapes, odd schemes, IDN, huge URLs.</summary>
    public static readonly string[] HostileHrefs =
    [
        "http://[::1]:8080/x", "http://[2001:db8::1]/", "//[::1]/p", "http://[::ffff:127.0.0.1]/", "http://[fe80::1%25eth0]/",
        "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/", "http://[::1", "http://[:::1]/", "http://[::1]:99999/", "http://[zz::1]/",
        "http://a b.cn/", "http://%zz/", "/path%zz%e4%", "/%", "?%%", "http:", "http://", "https:///x", "http:///", "http://:80/",
        "javascript:alert(1)", "mailto:x@y.cn", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://x.cn/",
        "gopher://127.0.0.1:6379/_INFO", "ws://x.cn/", "about:blank", "tel:110", "jar:http://x!/", "\\\\evil\\share", "http:\\\\127.0.0.2\\x",
        "http://中文.中国/路径", "http://xn--/", "http://xn--zz-zzz.com/", "http://ﬀ.com/", "http://" + new string('a', 300) + ".com/",
        "http://localhost./", "http://LOCALHOST:1/",
        "http://0x7f.2/", "http://2130706434/", "http://127.2/", // 127.0.0.2: loopback, and not the allowed 127.0.0.1
        "http://a.cn/\uD800", "http://a.cn/\u202Egnp.exe", "http://a.cn/?" + string.Concat(Enumerable.Repeat("q=1&", 3000)),
        "/" + new string('x', 70_000), "http://a.cn/" + new string('%', 5000), "http://[" + new string(':', 2000) + "]/",
    ];

    public static TheoryData<int> HrefIndexes() => [.. Enumerable.Range(0, HostileHrefs.Length)];

    [Theory]
    [MemberData(nameof(HrefIndexes))]
    public void Canonicalizing_a_hostile_link_never_throws(int index)
    {
        var page = new Uri("http://news.example.cn/list/1.html");
        var error = Record.Exception(() => UrlCanonicalizer.Canonicalize(HostileHrefs[index], page));
        Assert.Null(error);
        var absolute = Record.Exception(() => UrlCanonicalizer.Canonicalize(HostileHrefs[index]));
        Assert.Null(absolute);
    }

    static CrawlOptions OptionsFor(RawHttpServer server, string dir, Func<CrawlOptions, CrawlOptions>? change = null)
    {
        var options = new CrawlOptions
        {
            Seeds = [server.Root], WarcDir = Path.Combine(dir, "warc"), StateDir = Path.Combine(dir, "crawl"),
            AllowPrivateHosts = new HashSet<string> { "127.0.0.1" }, Delay = TimeSpan.Zero, DiscoverSitemaps = false,
            RequestTimeout = TimeSpan.FromSeconds(5), MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        };
        return change is null ? options : change(options);
    }

    static string[] JournalLines(string dir) => File.ReadAllLines(Crawler.JournalPath(Path.Combine(dir, "crawl")));

    [Fact]
    public async Task A_page_of_hostile_links_is_journaled_and_the_crawl_goes_on()
    {
        var links = string.Concat(HostileHrefs.Select(h => $"<a href=\"{WebUtility.HtmlEncode(h)}\">x</a>\n"));
        using var server = new RawHttpServer(path => path switch
        {
            "/" => RawHttpServer.Html($"<html><body>{links}<a href=\"/after.html\">next</a></body></html>"),
            "/after.html" => RawHttpServer.Html("<html><body><p>正文</p></body></html>"),
            _ => RawHttpServer.NotFound,
        });
        var dir = TestPaths.NewTempDir();
        var result = await new Crawler(OptionsFor(server, dir)).RunAsync();

        Assert.Contains("/after.html", server.Paths);
        Assert.All(result.Connections, c => Assert.Equal($"127.0.0.1:{server.Port}", c));
        Assert.Contains(result.Refused, r => r.Url.Host == "[::1]" && r.Reason.Contains("loopback"));
        Assert.Contains(result.Refused, r => r.Url.Host == "[2001:db8::1]");
        Assert.Contains(result.Refused, r => r.Url.Host == "[64:ff9b::a9fe:a9fe]" && r.Reason.Contains("link-local"));
        Assert.Contains(result.Refused, r => r.Url.Host == "127.0.0.2" && r.Reason.Contains("loopback"));
        var journal = JournalLines(dir);
        Assert.Contains(journal, l => l.StartsWith("X\thttp://[::1]:8080/x\t", StringComparison.Ordinal));
        Assert.Contains(journal, l => l.StartsWith("X\t", StringComparison.Ordinal) && l.Contains("http://[::1\t") && l.Contains("malformed"));
        Assert.All(journal, l => Assert.True(l.Length < 1200, $"journal line of {l.Length} chars"));
        Assert.DoesNotContain(journal, l => l.Contains("javascript:") || l.Contains("mailto:"));
    }

    [Fact]
    public async Task A_body_cut_short_is_a_failed_fetch_not_the_end_of_the_crawl()
    {
        var cut = System.Text.Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\nConnection: close\r\n\r\n<html><body>only this");
        using var server = new RawHttpServer(path => path switch
        {
            "/" => RawHttpServer.Html("<a href=\"/cut.html\">a</a><a href=\"/after.html\">b</a>"),
            "/cut.html" => cut,
            "/after.html" => RawHttpServer.Html("<p>正文</p>"),
            _ => RawHttpServer.NotFound,
        });
        var dir = TestPaths.NewTempDir();
        var result = await new Crawler(OptionsFor(server, dir)).RunAsync();
        Assert.Contains("/after.html", server.Paths);
        var attempts = result.Requests.Where(r => r.Url.AbsolutePath == "/cut.html").ToList();
        Assert.Equal(2, attempts.Count); // first try and one retry
        Assert.All(attempts, a => Assert.StartsWith("network error", a.Error));
        Assert.Equal(1, result.Failed);
    }

    [Fact]
    public async Task A_robots_txt_redirect_to_a_link_local_address_is_not_followed()
    {
        using var server = new RawHttpServer(path => path switch
        {
            "/robots.txt" => RawHttpServer.Response(302, null, "", ("Location", "http://169.254.169.254/latest/meta-data/")),
            "/" => RawHttpServer.Html("<a href=\"/a.html\">a</a>"),
            "/a.html" => RawHttpServer.Html("<p>正文</p>"),
            _ => RawHttpServer.NotFound,
        });
        var dir = TestPaths.NewTempDir();
        var result = await new Crawler(OptionsFor(server, dir)).RunAsync();

        Assert.DoesNotContain(result.Requests, r => r.Url.Host == "169.254.169.254");
        Assert.All(result.Connections, c => Assert.Equal($"127.0.0.1:{server.Port}", c));
        Assert.Contains(result.Refused, r => r.Url.Host == "169.254.169.254" && r.Reason.Contains("link-local"));
        // The site itself is not punished for its robots.txt pointing elsewhere: a redirect not followed counts as no robots.txt.
        Assert.Equal(["/robots.txt", "/", "/a.html"], server.Paths);
    }

    [Fact]
    public async Task A_robots_txt_redirect_within_the_site_is_still_followed_and_obeyed()
    {
        using var server = new RawHttpServer(path => path switch
        {
            "/robots.txt" => RawHttpServer.Response(301, null, "", ("Location", "/config/robots-moved.txt")),
            "/config/robots-moved.txt" => RawHttpServer.Response(200, "text/plain", "User-agent: *\nDisallow: /secret\n"),
            "/" => RawHttpServer.Html("<a href=\"/secret.html\">s</a><a href=\"/open.html\">o</a>"),
            _ => RawHttpServer.Html("<p>正文</p>"),
        });
        var dir = TestPaths.NewTempDir();
        var result = await new Crawler(OptionsFor(server, dir)).RunAsync();
        Assert.Equal(["/robots.txt", "/config/robots-moved.txt", "/", "/open.html"], server.Paths);
        Assert.Contains(result.Refused, r => r.Url.AbsolutePath == "/secret.html" && r.Reason == "robots.txt disallows");
    }

    [Theory]
    [InlineData("http://news.example.cn:6379/", "off-site: port 6379 is not a seed's port")]
    [InlineData("https://news.example.cn/a", null)]
    [InlineData("http://news.example.cn:8080/a", null)]
    public void Only_the_seeds_ports_and_the_default_ones_are_on_site(string url, string? reason)
    {
        var options = new CrawlOptions { Seeds = [new Uri("http://news.example.cn:8080/")], WarcDir = "w", StateDir = "s" };
        Assert.Equal(reason, new UrlScope(options, AddressPolicy.Strict).Refuse(new Uri(url), 1, 0));
    }

    [Fact]
    public void An_exclude_pattern_that_times_out_refuses_the_url_instead_of_throwing()
    {
        var catastrophic = new System.Text.RegularExpressions.Regex("(a+)+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(1));
        var options = new CrawlOptions { Seeds = [new Uri("http://news.example.cn/")], WarcDir = "w", StateDir = "s", Exclude = [catastrophic] };
        var url = new Uri("http://news.example.cn/" + new string('a', 40) + "!");
        var reason = new UrlScope(options, AddressPolicy.Strict).Refuse(url, 1, 0);
        Assert.NotNull(reason);
        Assert.Contains("timed out", reason);
    }

    [Theory]
    [InlineData("http://[::1]:9/", "::1 is loopback", "--allow-private ::1")]
    [InlineData("http://[2001:db8::1]/", "2001:db8::1 is reserved (documentation)", "--allow-private 2001:db8::1")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/", "is link-local", "--allow-private 64:ff9b::a9fe:a9fe")]
    public void An_IPv6_seed_is_refused_with_a_clear_message(string seed, string reason, string hint)
    {
        var dir = TestPaths.NewTempDir();
        var result = CliRunner.Run("crawl", seed, "--out", dir, "--no-process");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.StdErr);
        Assert.Contains(hint, result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr); // no stack trace
        Assert.False(Directory.Exists(Path.Combine(dir, "warc")));
    }

    [Fact]
    public void A_malformed_seed_is_refused_with_a_clear_message()
    {
        var dir = TestPaths.NewTempDir();
        var result = CliRunner.Run("crawl", "http://[::1", "--out", dir, "--no-process");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("http://[::1", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }
}
