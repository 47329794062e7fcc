using PressMine.Pipeline;
using PressMine.Records;
using PressMine.Report;
using PressMine.Sink;
using Xunit.Abstractions;

namespace PressMine.Tests.Report;

/// <summary>
/// Page-derived strings (site names from og:site_name, 来源, titles, URLs, evidence) are hostile: the report must show
/// them as text and run none of them (issue 17: a `&lt;/script&gt;&lt;script&gt;…` site name ran in the reader's browser,
/// `javascript:` article links were accepted).
/// </summary>
public class HostileReportTests(ITestOutputHelper output)
{
    const string AlertSite = "</script><script>alert(1)</script>";
    const string MarkerSite = "</script><script>document.documentElement.setAttribute('data-pwned','site')</script>";
    const string MarkerTitle = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','title')\">督查";
    const string MarkerEvidence = "发现问题12个\u2028</script><script>document.documentElement.setAttribute('data-pwned','evidence')</script>。";

    static ProcessedPage Page(string id, string site, string? url, string title, string evidence, string city, double value) => new(
        new Article { Id = id, SourcePath = $"{id}.html", Status = ArticleStatus.Ok, Site = site, Url = url, Title = title,
            PublishedAt = "2022-03-21T08:15:00+08:00", Body = evidence, Province = "浙江省", City = city, DivisionCode = "330200" },
        [
            new Fact { ArticleId = id, Metric = Metrics.ProblemsFound, Value = value, Unit = "个", Evidence = evidence, Start = 0, End = evidence.Length, Place = "浙江省" + city },
            new Fact { ArticleId = id, Metric = Metrics.ProblemsRectified, Value = value - 1, Unit = "个", Evidence = evidence, Start = 0, End = evidence.Length, Place = "浙江省" + city },
        ], null, "00");

    static string HostileReport()
    {
        var staging = TestPaths.NewTempDir();
        var pages = new[]
        {
            Page("a", AlertSite, "javascript:alert(1)", MarkerTitle, MarkerEvidence, MarkerSite, 12),
            Page("b", MarkerSite, "data:text/html,<script>alert(1)</script>", "标题b", "检查发现问题30个。", "宁波市", 30),
            Page("c", "正常网站", "file:///etc/passwd", "标题c", "检查发现问题8个。", "温州市", 8),
            Page("d", "好网站", "https://example.org/news/1.html?a=1&b=<x>", "标题d", "检查发现问题9个。", "杭州市", 9),
        };
        new DatasetWriter(staging, new HashSet<OutputFormat> { OutputFormat.Parquet }, writeTokens: false).Write(pages, new Dictionary<string, string>());
        new Manifest("0.1.0", "now", ["pages"], null, ["parquet"], false, new Dictionary<string, int>(), new Dictionary<string, double>(), []).WriteTo(staging);
        var dir = staging + "-out";
        AtomicDirectory.Publish(staging, dir);
        var html = Path.Combine(dir, "report.html");
        File.WriteAllText(html, ReportBuilder.Build(ReportData.Read(dir), "<b>ds</b>"));
        return html;
    }

    [Fact]
    public void Hostile_strings_are_escaped_for_where_they_land()
    {
        var page = File.ReadAllText(HostileReport());
        var body = page[page.IndexOf("<body>", StringComparison.Ordinal)..];
        Assert.DoesNotContain("<script>alert(1)", body);
        Assert.DoesNotContain("<script>document", body);
        Assert.DoesNotContain("<img src=x", body);
        // A raw line separator ends a JavaScript string in older engines: none inside any script of the page.
        foreach (System.Text.RegularExpressions.Match script in System.Text.RegularExpressions.Regex.Matches(body, "<script>(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline))
            Assert.DoesNotContain("\u2028", script.Groups[1].Value);
        Assert.DoesNotContain("<b>ds</b>", page);
        Assert.Contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)", body); // the site name, inside chart JSON
        Assert.Contains("&lt;img src=x onerror=", body); // the title, as HTML text
        Assert.DoesNotContain("href=\"javascript:", body);
        Assert.DoesNotContain("href=\"data:", body);
        Assert.DoesNotContain("href=\"file:", body);
        Assert.Contains("href=\"https://example.org/news/1.html?a=1&amp;b=%3Cx%3E\"", body);
    }

    [SkippableFact]
    public void No_page_derived_script_runs_in_chromium_and_the_names_show_as_text()
    {
        var browser = ReportBrowserTests.Browser()!;
        var html = HostileReport();
        var dom = ReportBrowserTests.RunChromium(browser, "--dump-dom", html);
        output.WriteLine(dom.StdErr.Length > 3000 ? dom.StdErr[..3000] : dom.StdErr);
        Assert.Contains("class=\"main-svg\"", dom.StdOut); // the charts did render: their scripts ran, the hostile ones did not
        Assert.DoesNotContain("data-pwned=", dom.StdOut); // the attribute a hostile script would have set
        Assert.DoesNotContain("alert", dom.StdErr, StringComparison.OrdinalIgnoreCase); // headless Chromium logs dialogs it dismisses
        // The site names are drawn as tick labels of the sites chart, as text.
        Assert.Contains(">" + System.Net.WebUtility.HtmlEncode(AlertSite).Replace("&#39;", "'") + "</text>", dom.StdOut.Replace("&#39;", "'"));
        Assert.DoesNotContain("Uncaught", dom.StdErr);
    }

    [Theory]
    [InlineData("javascript:alert(1)", null)]
    [InlineData(" JavaScript:alert(1)", null)]
    [InlineData("data:text/html,x", null)]
    [InlineData("file:///etc/passwd", null)]
    [InlineData("vbscript:msgbox(1)", null)]
    [InlineData("//evil.example/x", null)]
    [InlineData("/relative/path.html", null)]
    [InlineData("http://www.nbtv.cn/a.html", "http://www.nbtv.cn/a.html")]
    [InlineData("https://例子.cn/新闻.html", "https://例子.cn/%E6%96%B0%E9%97%BB.html")]
    public void Only_http_and_https_links_are_made(string url, string? href) => Assert.Equal(href, SafeLink.Href(url));

    [Fact]
    public void Script_json_cannot_close_the_script_or_break_a_line()
    {
        var json = ScriptJson.Serialize(new { s = "</script><!--\u2028\u2029&>" });
        Assert.Equal("{\"s\":\"\\u003c/script\\u003e\\u003c!--\\u2028\\u2029\\u0026\\u003e\"}", json);
        Assert.Equal("</script><!--\u2028\u2029&>", System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("s").GetString());
    }
}
