using PressMine.Crawl;
using PressMine.Sources;

namespace PressMine.Tests.Crawl;

public class CrawlerTests
{
    internal static CrawlOptions OptionsFor(LocalNewsSite site, string dir, Func<CrawlOptions, CrawlOptions>? change = null)
    {
        var options = new CrawlOptions
        {
            Seeds = [site.Root], WarcDir = Path.Combine(dir, "warc"), StateDir = Path.Combine(dir, "crawl"),
            AllowPrivateHosts = new HashSet<string> { "127.0.0.1" }, Delay = TimeSpan.FromMilliseconds(10),
            RetryBaseDelay = TimeSpan.FromMilliseconds(100), RequestTimeout = TimeSpan.FromSeconds(2),
            MaxResponseBytes = 64 * 1024, MaxSameShapeChain = 4,
        };
        return change is null ? options : change(options);
    }

    static List<string> Paths(IEnumerable<LocalNewsSite.Hit> hits) => hits.Select(h => h.Path).ToList();

    [Fact]
    public async Task Crawls_the_site_politely_and_refuses_what_it_must()
    {
        using var site = new LocalNewsSite(crawlDelaySeconds: 0.05);
        var dir = TestPaths.NewTempDir();
        var result = await new Crawler(OptionsFor(site, dir)).RunAsync();
        var log = site.Log;
        var paths = Paths(log);

        // Order: robots.txt first, the seed, the sitemap robots.txt names, then the home page's links in document order (the feed <link> in <head> first).
        Assert.Equal(["/robots.txt", "/", "/sitemap.xml", "/rss.xml", "/news/list_1.html", "/gbk/list.html"], paths.Take(6));
        // Every story once — from lists, the sitemap only (a6), the RSS feed only (a7) — and the GBK story found via a GBK list.
        foreach (var story in NewsSiteContent.Stories.Append(NewsSiteContent.GbkStory))
            Assert.Equal(1, paths.Count(p => p == story.Path));
        Assert.Contains("/rss.xml", paths);
        Assert.DoesNotContain(paths, p => p.Contains("utm_source"));

        // robots.txt: the disallowed section is never requested, and is reported as refused.
        Assert.DoesNotContain(paths, p => p.StartsWith("/internal/"));
        Assert.Contains(result.Refused, r => r.Url.AbsolutePath == "/internal/report.html" && r.Reason == "robots.txt disallows");
        // Private and link-local addresses: refused before any request; no socket was opened to anything but the site.
        Assert.Contains(result.Refused, r => r.Url.Host == "10.0.0.1" && r.Reason.Contains("private address"));
        Assert.Contains(result.Refused, r => r.Url.Host == "169.254.169.254" && r.Reason.Contains("link-local"));
        Assert.All(result.Connections, c => Assert.Equal($"127.0.0.1:{site.Port}", c));
        Assert.Contains(result.Refused, r => r.Url.Host == "example.org" && r.Reason == "off-site");
        Assert.Contains(result.Refused, r => r.Url.AbsolutePath == "/x/x/x/loop.html" && r.Reason.Contains("repeats"));

        // 500, 500, then 200, with backoff between attempts; a 429 waits the Retry-After second.
        var flaky = log.Where(h => h.Path == "/flaky.html").ToList();
        Assert.Equal([500, 500, 200], flaky.Select(h => h.Status));
        Assert.True(flaky[1].At - flaky[0].At >= TimeSpan.FromMilliseconds(50), "first backoff ≥ half the 100 ms base");
        Assert.True(flaky[2].At - flaky[1].At >= TimeSpan.FromMilliseconds(100), "second backoff ≥ half of 200 ms");
        var busy = log.Where(h => h.Path == "/busy.html").ToList();
        Assert.Equal([429, 200], busy.Select(h => h.Status));
        Assert.True(busy[1].At - busy[0].At >= TimeSpan.FromMilliseconds(980), $"Retry-After: 1 respected ({(busy[1].At - busy[0].At).TotalMilliseconds} ms)");

        // Redirect loop: each hop once, then the loop closes on an already-seen URL; the endless chain stops at the hop limit.
        Assert.Equal(1, paths.Count(p => p == "/redirect/a"));
        Assert.Equal(1, paths.Count(p => p == "/redirect/b"));
        Assert.Equal(6, paths.Count(p => p.StartsWith("/redirect/chain")));
        Assert.Contains(result.Refused, r => r.Url.Query == "?n=7" && r.Reason.StartsWith("redirect limit"));

        // Calendar trap: a bounded run of day pages, then refused.
        int calendar = paths.Count(p => p.StartsWith("/calendar"));
        Assert.InRange(calendar, 3, 1 + 2 * 4); // the trap grows both ways (next and previous day), each chain cut at 4
        Assert.Contains(result.Refused, r => r.Url.AbsolutePath == "/calendar" && r.Reason.Contains("calendar or paging loop"));

        // Crawl-delay (50 ms, above the 10 ms option): the gap between successive arrivals on this host never falls below it.
        var gaps = log.Zip(log.Skip(1), (a, b) => b.At - a.At).ToList();
        Assert.True(gaps.Min() >= TimeSpan.FromMilliseconds(45), $"smallest gap {gaps.Min().TotalMilliseconds:F0} ms");

        // The oversized page is cut at the cap and marked truncated in the WARC.
        var records = result.WarcFiles.SelectMany(f => { using var r = new WarcReader(f); return r.Records().ToList(); }).ToList();
        var big = Assert.Single(records, r => r.Type == "response" && r.TargetUri!.EndsWith("/big.html"));
        Assert.Equal("length", big.Header("WARC-Truncated"));
        Assert.Equal(64 * 1024, HttpMessage.Parse(big.Block).Body.Length);
        // Every request that got a response is in the WARC as a request + response pair.
        Assert.Equal(log.Count, records.Count(r => r.Type == "response"));
        Assert.Equal(log.Count, records.Count(r => r.Type == "request"));
    }

    [Fact]
    public async Task Hosts_are_crawled_concurrently_while_each_keeps_its_own_delay()
    {
        using var a = new LocalNewsSite(crawlDelaySeconds: 0.2);
        using var b = new LocalNewsSite(crawlDelaySeconds: 0.2);
        var dir = TestPaths.NewTempDir();
        var options = OptionsFor(a, dir, o => o with { Seeds = [new Uri(a.Root, "/news/list_1.html"), new Uri(b.Root, "/news/list_1.html")], MaxDepth = 1, DiscoverSitemaps = false, Concurrency = 2,
            Include = [new System.Text.RegularExpressions.Regex("/news/")] });
        await new Crawler(options).RunAsync();
        foreach (var site in new[] { a, b })
        {
            var log = site.Log;
            Assert.Equal(["/robots.txt", "/news/list_1.html", "/news/2024/0301/a1.html", "/news/2024/0302/a2.html", "/news/2024/0303/a3.html", "/news/list_2.html"], Paths(log));
            var gaps = log.Zip(log.Skip(1), (x, y) => y.At - x.At).ToList();
            Assert.True(gaps.Min() >= TimeSpan.FromMilliseconds(190), $"smallest gap {gaps.Min().TotalMilliseconds:F0} ms");
        }
        // Six requests per host at ≥ 200 ms apart take ≥ 1 s per host; concurrency shows as the two logs overlapping.
        var overlapStart = new[] { a.Log[0].At, b.Log[0].At }.Max();
        var overlapEnd = new[] { a.Log[^1].At, b.Log[^1].At }.Min();
        Assert.True(overlapEnd - overlapStart > TimeSpan.FromMilliseconds(500), "the two hosts were crawled at the same time");
    }

    [Fact]
    public async Task A_hanging_page_times_out_is_retried_and_then_counted_failed()
    {
        using var site = new LocalNewsSite();
        var dir = TestPaths.NewTempDir();
        var options = OptionsFor(site, dir, o => o with { Seeds = [new Uri(site.Root, "/hang.html"), new Uri(site.Root, "/slow.html")], RequestTimeout = TimeSpan.FromMilliseconds(700), MaxRetries = 1, DiscoverSitemaps = false, MaxDepth = 0 });
        var result = await new Crawler(options).RunAsync();
        Assert.Equal(2, result.Requests.Count(r => r.Url.AbsolutePath == "/hang.html"));
        Assert.All(result.Requests.Where(r => r.Url.AbsolutePath == "/hang.html"), r => Assert.StartsWith("timeout", r.Error));
        Assert.Equal(200, Assert.Single(result.Requests, r => r.Url.AbsolutePath == "/slow.html").Status); // 300 ms is within the timeout
        Assert.True(result.Failed == 1, string.Join("\n", result.Requests));
    }

    [Fact]
    public async Task A_hostname_that_resolves_to_loopback_is_refused_without_a_connection()
    {
        using var site = new LocalNewsSite();
        var dir = TestPaths.NewTempDir();
        // A name, not a literal: only DNS reveals loopback. The machine's own name resolves to 127.0.0.1 here; elsewhere skip.
        var name = System.Net.Dns.GetHostName();
        if (!System.Net.Dns.GetHostAddresses(name).Any(System.Net.IPAddress.IsLoopback)) return;
        var viaName = new Uri($"http://{name}:{site.Port}/news/list_1.html");
        var options = OptionsFor(site, dir, o => o with { Seeds = [viaName], AllowPrivateHosts = new HashSet<string>(), DiscoverSitemaps = false });
        var result = await new Crawler(options).RunAsync();
        Assert.Empty(site.Log);
        Assert.Empty(result.Connections);
        Assert.True(result.Refused.Any(r => r.Url == viaName && r.Reason.Contains("resolves to")), string.Join("\n", result.Requests));
        Assert.Contains(result.Refused, r => r.Url == viaName && r.Reason.Contains("resolves to") && r.Reason.Contains("loopback"));
    }

    [Fact]
    public async Task Recrawl_sends_validators_and_archives_304s_as_revisits()
    {
        using var site = new LocalNewsSite(crawlDelaySeconds: 0);
        var dir = TestPaths.NewTempDir();
        var options = OptionsFor(site, dir, o => o with { Seeds = [new Uri(site.Root, "/news/list_2.html")], DiscoverSitemaps = false, MaxDepth = 1 });
        await new Crawler(options).RunAsync();
        int firstRun = site.Hits.Count;
        var again = await new Crawler(options).RunAsync();
        Assert.Equal(firstRun, site.Hits.Count); // a plain rerun of a finished crawl has nothing to fetch
        Assert.Equal(0, again.Fetched);

        var recrawl = await new Crawler(options with { Recrawl = true }).RunAsync();
        var revisits = site.Log.Skip(firstRun + 1).Where(h => h.Path.StartsWith("/news/2024/")).ToList();
        Assert.Equal(2, revisits.Count);
        Assert.All(revisits, h => { Assert.NotNull(h.IfNoneMatch); Assert.Equal(304, h.Status); });
        using var reader = new WarcReader(recrawl.WarcFiles.Single());
        var records = reader.Records().ToList();
        Assert.Equal(2, records.Count(r => r.Type == "revisit" && r.Header("WARC-Profile")!.EndsWith("/revisit/server-not-modified")));
    }
}
