using System.Diagnostics;
using PressMine.Sink;
using PressMine.Extract;
using PressMine.Pipeline;
using PressMine.Report;
using Xunit.Abstractions;

namespace PressMine.Tests.Report;

/// <summary>
/// The report opened in a real headless Chromium (Debian's `chromium`, installed by .ci/run): the charts render,
/// the page logs no errors, and a screenshot is kept under the test output. Without Chromium the test is reported
/// as skipped, unless PRESSMINE_REQUIRE_BROWSER=1 (set by CI), where a missing browser fails it.
/// </summary>
public class ReportBrowserTests(ITestOutputHelper output)
{
    static readonly string[] Browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    static string BuildReport()
    {
        var outDir = Path.Combine(TestPaths.NewTempDir(), "corpus-ds");
        new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance).Run(new RunOptions { Inputs = [Path.Combine(TestPaths.Corpus, "pages")], OutDir = outDir });
        var html = Path.Combine(outDir, "report.html");
        File.WriteAllText(html, ReportBuilder.Build(ReportData.Read(outDir), "corpus"));
        return html;
    }

    [Fact]
    public void Report_is_self_contained_and_holds_every_section()
    {
        var page = File.ReadAllText(BuildReport());
        // plotly.js is inlined; its source mentions cdn.plot.ly only as a default for map data, which is not loaded.
        Assert.DoesNotContain("<script src=", page);
        Assert.DoesNotContain("<link ", page);
        Assert.True(page.Length > 1_000_000, "the plotly.js bundle is inlined");
        foreach (var id in new[] { "found-vs-rectified-time", "found-vs-rectified-place", "metrics-mix", "sites", "largest" })
            Assert.Contains($"id=\"{id}\"", page);
        Assert.Contains("problems_found", page);
    }

    [SkippableFact]
    public void Charts_render_in_headless_chromium_without_console_errors()
    {
        var browser = Requires.Present(Browsers.FirstOrDefault(File.Exists), "Chromium", Requires.BrowserVariable);
        var html = BuildReport();
        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        var screenshot = Path.Combine(shots, "report.png");
        File.Delete(screenshot);

        var dom = RunChromium(browser, "--dump-dom", html);
        var shot = RunChromium(browser, $"--screenshot={screenshot}", html);
        output.WriteLine($"screenshot: {screenshot}");

        int rendered = CountOf(dom.StdOut, "class=\"main-svg\"");
        output.WriteLine($"rendered plotly svg layers: {rendered}");
        Assert.True(rendered >= 4, "each of the four charts draws its SVG");
        Assert.Contains("class=\"slice", dom.StdOut); // the pie's slices exist
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

    static (string StdOut, string StdErr) RunChromium(string browser, string mode, string html)
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
