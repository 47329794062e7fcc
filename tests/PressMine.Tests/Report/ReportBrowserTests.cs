using System.Diagnostics;
using PressMine.Sink;
using PressMine.Extract;
using PressMine.Pipeline;
using PressMine.Report;
using Xunit.Abstractions;
using PressMine.Places;

namespace PressMine.Tests.Report;

/// <summary>
/// The report opened in a real headless Chromium (Debian's `chromium`, installed by .ci/run): the charts render,
/// the page logs no errors, and a screenshot is kept under the test output. Without Chromium the test is reported
/// as skipped, unless PRESSMINE_REQUIRE_BROWSER=1 (set by CI), where a missing browser fails it.
/// </summary>
public class ReportBrowserTests(ITestOutputHelper output)
{
    static readonly string[] Browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    internal static string BuildReport() => BuildReport(out _);

    internal static string BuildReport(out ReportData data)
    {
        var outDir = Path.Combine(TestPaths.NewTempDir(), "corpus-ds");
        new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance).Run(new RunOptions { Inputs = [Path.Combine(TestPaths.Corpus, "pages")], OutDir = outDir });
        var html = Path.Combine(outDir, "report.html");
        data = ReportData.Read(outDir);
        File.WriteAllText(html, ReportBuilder.Build(data, "corpus"));
        return html;
    }

    internal static string? Browser(bool required = true) =>
        required ? Requires.Present(Browsers.FirstOrDefault(File.Exists), "Chromium", Requires.BrowserVariable) : Browsers.FirstOrDefault(File.Exists);

    [Fact]
    public void Report_is_self_contained_and_holds_every_section()
    {
        var page = File.ReadAllText(BuildReport());
        // plotly.js is inlined; its source mentions cdn.plot.ly only as a default for map data, which is not loaded.
        Assert.DoesNotContain("<script src=", page);
        Assert.DoesNotContain("<link ", page);
        Assert.True(page.Length > 1_000_000, "the plotly.js bundle is inlined");
        foreach (var id in new[] { "found-vs-rectified-time", "found-vs-rectified-place", "rectification-rates", "metrics-mix", "metric-series", "sites", "largest" })
            Assert.Contains($"id=\"{id}\"", page);
        Assert.Contains("发现问题 (problems_found)", page);
        Assert.DoesNotContain("file://", page); // no links to the builder's files
    }

    [SkippableFact]
    public void Charts_render_in_headless_chromium_without_console_errors()
    {
        var browser = Browser()!;
        var html = BuildReport(out var data);
        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        var screenshot = Path.Combine(shots, "report.png");
        File.Delete(screenshot);

        var dom = RunChromium(browser, "--dump-dom", html);
        var shot = RunChromium(browser, $"--screenshot={screenshot}", html);
        output.WriteLine($"screenshot: {screenshot}");

        int rendered = CountOf(dom.StdOut, "class=\"main-svg\"");
        output.WriteLine($"rendered plotly svg layers: {rendered}");
        Assert.True(rendered >= 6, "each of the six charts draws its SVG");
        // Every city gets its tick label in the drawn chart (text of an SVG element, not just the figure's JSON).
        var areas = data.ByArea.Select(a => a.Key).Distinct().ToList();
        Assert.True(areas.Count > 10, "the corpus covers many cities");
        Assert.All(areas, area => Assert.Contains($">{System.Net.WebUtility.HtmlEncode(area)}</text>", dom.StdOut));
        Assert.Contains(">发现问题 (problems_found) · 个、件、处、条、起</text>", dom.StdOut); // readable metric names with units
        Assert.Contains("other.cases_filed", dom.StdOut); // kinds are shown
        Assert.Contains("class=\"point\"", dom.StdOut); // bars drawn
        Assert.Contains("class=\"ytick\"", dom.StdOut);
        Assert.Contains("class=\"xtick\"", dom.StdOut);
        Assert.Contains(">100</text>", dom.StdOut); // the log axes' decades (1, 10, 100, 1000 …)
        Assert.True(CountOf(dom.StdOut, "<tr>") >= 10, "the table of largest numbers has rows");
        var consoleErrors = (dom.StdErr + shot.StdErr).Split('\n')
            .Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)).ToList();
        Assert.True(consoleErrors.Count == 0, string.Join('\n', consoleErrors));
        Assert.True(File.Exists(screenshot) && new FileInfo(screenshot).Length > 20_000, "a screenshot was written");
    }

    static int CountOf(string text, string needle)
    {
        int n = 0;
        for (int i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    internal static (string StdOut, string StdErr) RunChromium(string browser, string mode, string html)
    {
        var info = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
            "--window-size=1100,3000", $"--user-data-dir={TestPaths.NewTempDir()}", mode, new Uri(html).AbsoluteUri,
        }) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 60 s");
        }
        return (stdout.Result, stderr.Result);
    }
}
