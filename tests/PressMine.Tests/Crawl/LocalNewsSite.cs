using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PressMine.Tests.Crawl;

/// <summary>
/// A synthetic county news site on 127.0.0.1 (HttpListener), with the awkward parts of real ones: a robots.txt section,
/// crawl-delay, a sitemap and an RSS feed, GBK pages, a slow page, a 500-then-200 page, a 429 with Retry-After,
/// a redirect loop, an endless redirect chain, a calendar trap, a huge page and links to private addresses.
/// Every request is logged with its arrival time.
/// </summary>
internal sealed class LocalNewsSite : IDisposable
{
    public sealed record Hit(DateTimeOffset At, string Path, int Status, string? IfNoneMatch);

    readonly HttpListener listener = new();
    readonly ConcurrentDictionary<string, int> counts = new();
    readonly CancellationTokenSource stop = new();
    readonly Task loop;
    static readonly Encoding Gbk = CodePagesEncoding();

    public LocalNewsSite(double crawlDelaySeconds = 0.05)
    {
        CrawlDelaySeconds = crawlDelaySeconds;
        for (int attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            listener.Prefixes.Clear();
            listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try { listener.Start(); break; }
            catch (HttpListenerException) when (attempt < 5) { }
        }
        loop = Task.Run(AcceptLoop);
    }

    public int Port { get; }
    public double CrawlDelaySeconds { get; }
    public Uri Root => new($"http://127.0.0.1:{Port}/");
    public ConcurrentQueue<Hit> Hits { get; } = new();
    public List<Hit> Log => Hits.OrderBy(h => h.At).ToList();

    static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gbk");
    }

    async Task AcceptLoop()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception) when (stop.IsCancellationRequested || !listener.IsListening) { return; }
            catch (HttpListenerException) { continue; }
            _ = Task.Run(() => Serve(context));
        }
    }

    async Task Serve(HttpListenerContext context)
    {
        var at = DateTimeOffset.UtcNow;
        var path = context.Request.Url!.PathAndQuery;
        var ifNoneMatch = context.Request.Headers["If-None-Match"];
        int n = counts.AddOrUpdate(path, 1, (_, c) => c + 1);
        var (status, type, body, headers, delayMs) = Route(path, n, ifNoneMatch);
        Hits.Enqueue(new Hit(at, path, status, ifNoneMatch));
        try
        {
            if (delayMs > 0) await Task.Delay(delayMs, stop.Token);
            var response = context.Response;
            response.StatusCode = status;
            if (type is not null) response.ContentType = type;
            foreach (var (name, value) in headers) response.AddHeader(name, value);
            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException) { }
    }

    (int, string?, byte[], (string, string)[], int) Route(string path, int n, string? ifNoneMatch)
    {
        const string html = "text/html; charset=utf-8";
        var story = NewsSiteContent.Stories.FirstOrDefault(s => s.Path == path);
        if (story is not null)
        {
            var etag = $"\"{story.Path.GetHashCode():x}\"";
            if (ifNoneMatch == etag) return (304, null, [], [("ETag", etag)], 0);
            return (200, html, Utf8(NewsSiteContent.ArticleHtml(story)), [("ETag", etag)], 0);
        }
        if (path.StartsWith("/calendar?d=", StringComparison.Ordinal) && DateOnly.TryParse(path[12..], out var day))
            return (200, html, Utf8(NewsSiteContent.ListHtml($"活动日历 {day:yyyy-MM-dd}",
                [($"/calendar?d={day.AddDays(1):yyyy-MM-dd}", "后一天"), ($"/calendar?d={day.AddDays(-1):yyyy-MM-dd}", "前一天")])), [], 0);
        if (path.StartsWith("/redirect/chain?n=", StringComparison.Ordinal) && int.TryParse(path[18..], out var hop))
            return (302, null, [], [("Location", $"/redirect/chain?n={hop + 1}")], 0);
        return path switch
        {
            "/robots.txt" => (200, "text/plain", Utf8($"""
                # 青溪新闻网
                User-agent: OtherBot
                Disallow: /

                User-agent: *
                Disallow: /internal/
                Allow: /internal/public.html
                Crawl-delay: {CrawlDelaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}

                Sitemap: {Root}sitemap.xml
                """), [], 0),
            "/" => (200, html, Utf8(NewsSiteContent.ListHtml("青溪新闻网首页",
            [
                ("/news/list_1.html", "本地新闻"), ("/gbk/list.html", "卫健动态"), ("/internal/report.html", "内部通报"),
                ("/calendar?d=2024-03-01", "活动日历"), ("/redirect/a", "旧版入口"), ("/redirect/chain?n=1", "专题跳转"),
                ("/flaky.html", "便民服务"), ("/busy.html", "互动留言"), ("/slow.html", "图片新闻"), ("/big.html", "数字报"),
                ("http://10.0.0.1/admin/", "后台管理"), ("http://169.254.169.254/latest/meta-data/", "元数据"),
                ("http://example.org/elsewhere.html", "友情链接"), ("/news/2024/0301/a1.html?utm_source=wechat#comments", "安全生产大检查"),
                ("/x/x/x/loop.html", "栏目循环"),
            ])), [], 0),
            "/news/list_1.html" => (200, html, Utf8(NewsSiteContent.ListHtml("本地新闻",
                NewsSiteContent.Stories[..3].Select(s => (s.Path, s.Title)), "/news/list_2.html")), [], 0),
            "/news/list_2.html" => (200, html, Utf8(NewsSiteContent.ListHtml("本地新闻",
                NewsSiteContent.Stories[3..5].Select(s => (s.Path, s.Title)))), [], 0),
            "/sitemap.xml" => (200, "application/xml", Utf8($"""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>{Root}news/2024/0301/a1.html</loc></url><url><loc>{Root}news/2024/0306/a6.html</loc></url>
                </urlset>
                """), [], 0),
            "/rss.xml" => (200, "application/rss+xml", Utf8($"""
                <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>青溪新闻网</title>
                <item><title>督查惠民资金</title><link>{Root}news/2024/0302/a2.html</link></item>
                <item><title>排查高层住宅火灾隐患</title><link>{Root}news/2024/0307/a7.html</link></item>
                </channel></rss>
                """), [], 0),
            "/gbk/list.html" => (200, "text/html; charset=gbk", Gbk.GetBytes(NewsSiteContent.ListHtml("卫健动态",
                [(NewsSiteContent.GbkStory.Path, NewsSiteContent.GbkStory.Title)]).Replace("utf-8", "gbk")), [], 0),
            "/gbk/2024/0308/g1.html" => (200, "text/html; charset=gbk", Gbk.GetBytes(NewsSiteContent.ArticleHtml(NewsSiteContent.GbkStory, "gbk")), [], 0),
            "/internal/report.html" => (200, html, Utf8("<p>内部资料</p>"), [], 0),
            "/redirect/a" => (302, null, [], [("Location", "/redirect/b")], 0),
            "/redirect/b" => (301, null, [], [("Location", $"{Root}redirect/a")], 0),
            "/flaky.html" => n <= 2 ? (500, "text/plain", Utf8("服务器繁忙"), [], 0) : (200, html, Utf8(NewsSiteContent.ListHtml("便民服务", [])), [], 0),
            "/busy.html" => n == 1 ? (429, "text/plain", Utf8("请求过于频繁"), [("Retry-After", "1")], 0) : (200, html, Utf8(NewsSiteContent.ListHtml("互动留言", [])), [], 0),
            "/slow.html" => (200, html, Utf8(NewsSiteContent.ListHtml("图片新闻", [])), [], 300),
            "/hang.html" => (200, html, Utf8(NewsSiteContent.ListHtml("直播", [])), [], 3000),
            "/big.html" => (200, html, Utf8("<html><body>" + new string('报', 100_000) + "</body></html>"), [], 0),
            _ => (404, "text/plain", Utf8("页面不存在"), [], 0),
        };
    }

    static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    public void Dispose()
    {
        stop.Cancel();
        // Close alone: after Stop, the managed HttpListener's Close looks its port up again, binds it anew and throws
        // "Address already in use" when another test's listener holds that port by then.
        listener.Close();
        try { loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
    }
}
