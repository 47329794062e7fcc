using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace PressMine.Tests.Report;

/// <summary>
/// The report's maps (facts by province and by city) drawn by headless Chromium from the bundled outlines, looked at
/// in the screenshot: the map areas are not blank and hold several distinct fill colours (the log colour scale), the
/// labels and colour bars are drawn, and nothing is fetched (plotly.js would log a failed world-map download).
/// </summary>
public class ReportMapBrowserTests(ITestOutputHelper output)
{
    static readonly string[] MapIds = ["map-provinces-plot", "map-cities-plot"];

    /// <summary>
    /// A copy of the report with a test-only script that writes where each map sits on the page into an attribute
    /// of &lt;body&gt;, so the test knows which part of the screenshot to read.
    /// </summary>
    static string Instrumented(string html)
    {
        var boxes = string.Join(";", MapIds.Select(id =>
            $"(function(){{var r=document.getElementById('{id}').getBoundingClientRect();b.push('{id}:'+[r.left,r.top+window.scrollY,r.width,r.height].map(Math.round).join(','));}})()"));
        var script = $"<script>window.addEventListener('load',function(){{var b=[];{boxes};document.body.setAttribute('data-map-boxes',b.join(' '));}});</script>";
        var copy = Path.Combine(Path.GetDirectoryName(html)!, "report-instrumented.html");
        File.WriteAllText(copy, File.ReadAllText(html).Replace("</body>", script + "</body>"));
        return copy;
    }

    [SkippableFact]
    public void Both_maps_draw_coloured_outlines_labels_and_a_colour_bar_offline()
    {
        var browser = ReportBrowserTests.Browser()!;
        var html = Instrumented(ReportBrowserTests.BuildReport());
        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        var screenshot = Path.Combine(shots, "report-map.png");
        File.Delete(screenshot);
        var dom = ReportBrowserTests.RunChromium(browser, "--dump-dom", html);
        var shot = ReportBrowserTests.RunChromium(browser, $"--screenshot={screenshot}", html);
        output.WriteLine($"screenshot: {screenshot}");

        var stderr = dom.StdErr + shot.StdErr;
        Assert.DoesNotContain("topojson", stderr); // plotly.js fetched no base map
        Assert.DoesNotContain("Uncaught", stderr);
        Assert.True(Regex.Matches(dom.StdOut, "class=\"choroplethlocation\"").Count > 40, "province and city outlines are drawn as SVG paths");
        Assert.True(Regex.Matches(dom.StdOut, "class=\"cbfill ").Count >= 2, "each map has its colour bar");
        Assert.Contains(">facts (log scale)</text>", dom.StdOut);
        foreach (var label in new[] { ">四川 ", ">浙江 ", ">山东 ", ">达州 ", ">宁波 " }) Assert.Contains(label, dom.StdOut); // Chinese labels with counts

        var pixels = PngPixels.Read(screenshot);
        foreach (Match box in Regex.Matches(dom.StdOut, @"(map-\w+-plot):(\d+),(\d+),(\d+),(\d+)"))
        {
            var (x0, y0, w, h) = (int.Parse(box.Groups[2].Value), int.Parse(box.Groups[3].Value), int.Parse(box.Groups[4].Value), int.Parse(box.Groups[5].Value));
            Assert.True(y0 + h <= pixels.Height && x0 + w <= pixels.Width, $"{box.Groups[1].Value} lies inside the screenshot");
            var colours = new Dictionary<(int, int, int), int>();
            long inked = 0;
            for (int y = y0; y < y0 + h; y++)
                for (int x = x0; x < x0 + w * 3 / 4; x++) // the colour bar, a gradient, stands in the right quarter: left out
                {
                    var (r, g, b) = pixels[x, y];
                    if (r > 245 && g > 245 && b > 245) continue;
                    inked++;
                    var key = (r >> 3, g >> 3, b >> 3); // anti-aliased edges spread over many shades; fills repeat
                    colours[key] = colours.GetValueOrDefault(key) + 1;
                }
            var fills = colours.Count(c => c.Value >= 150);
            output.WriteLine($"{box.Groups[1].Value}: {w}×{h} at ({x0},{y0}), {inked} non-white pixels, {fills} colours covering ≥150 px");
            Assert.True(inked > w * h / 20, $"{box.Groups[1].Value} is not blank");
            Assert.True(fills >= 6, $"{box.Groups[1].Value} shows several fill colours (log colour scale), saw {fills}");
        }
        Assert.Equal(2, Regex.Matches(dom.StdOut, @"map-\w+-plot:\d+").Count);
    }
}
