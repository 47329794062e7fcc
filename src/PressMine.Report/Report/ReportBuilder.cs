using System.Globalization;
using System.Net;
using System.Text;
using PressMine.Report.Map;

namespace PressMine.Report;

/// <summary>
/// A self-contained HTML report (no network needed): plotly.js, as bundled in Plotly.NET, is inlined once and each
/// chart is a figure serialized by <see cref="ScriptJson"/>. Every page-derived string is escaped for where it lands:
/// JSON inside &lt;script&gt; (<see cref="ScriptJson"/>), HTML text and attributes (HtmlEncode), links (http/https only).
/// </summary>
public static class ReportBuilder
{
    /// <summary>The report as one HTML document; datasetName is shown in its title. Without labels the bundled ones are used (<see cref="ReportLabels.Load"/>), without outlines the bundled ones (<see cref="DivisionOutlines.Default"/>); with none found the maps say so.</summary>
    public static string Build(ReportData data, string datasetName, ReportLabels? labels = null, DivisionOutlines? outlines = null)
    {
        labels ??= ReportLabels.Load();
        outlines ??= DivisionOutlines.Default;
        var charts = new ReportCharts(data, labels);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        html.Append($"<title>PressMine report — {Encode(datasetName)}</title><style>{Style}</style>");
        html.Append("<script>").Append(PlotlyScript()).Append("</script></head><body>");
        html.Append($"<h1>PressMine report</h1><p class=\"sub\">dataset {Encode(datasetName)} · {DateTime.Now:yyyy-MM-dd HH:mm}</p>");
        html.Append("<section class=\"cards\">");
        foreach (var s in data.Statuses) Card(html, $"articles {s.Label}", s.N.ToString(CultureInfo.InvariantCulture));
        Card(html, "facts (duplicates excluded)", data.Facts.ToString(CultureInfo.InvariantCulture));
        html.Append("</section>");
        html.Append("<p class=\"note\">Counts are drawn on log scales so that one very large report does not flatten the rest; ")
            .Append("the largest numbers are listed with their evidence at the end, with how many times the median of their measure they are. ")
            .Append("Found and rectified are compared only within one article, one family (problems or hazards) and one period.</p>");

        MapSections(html, outlines, data.FactsByDivision);
        Section(html, "found-vs-rectified-time", "Problems and hazards found vs rectified, by month", charts.ByMonth());
        Section(html, "found-vs-rectified-place", "Found vs rectified, by city (every city)", charts.ByArea());
        Section(html, "rectification-rates", "Rectification rates: per article (rectified ÷ found) and as stated", charts.Rates());
        Section(html, "metrics-mix", "Facts by measure and unit (kinds of other facts shown by name)", charts.Measures());
        Section(html, "metric-series", "Monthly totals of the most frequent measures", charts.Series());
        Section(html, "sites", "Articles per site", charts.Sites());
        LargestTable(html, data.Largest, labels);
        html.Append("</body></html>");
        return html.ToString();
    }

    static void Card(StringBuilder html, string label, string value) =>
        html.Append($"<div class=\"card\"><div class=\"n\">{Encode(value)}</div><div>{Encode(label)}</div></div>");

    static void Section(StringBuilder html, string id, string title, object? figure)
    {
        html.Append($"<section id=\"{id}\" class=\"chart\"><h2>{Encode(title)}</h2>");
        if (figure is null) html.Append("<p class=\"empty\">No data.</p>");
        else
            html.Append($"<div id=\"{id}-plot\" class=\"plot\"></div><script>(function(){{var f={ScriptJson.Serialize(figure)};")
                .Append($"Plotly.newPlot(\"{id}-plot\",f.data,f.layout,{{displaylogo:false,responsive:true}});}})();</script>");
        html.Append("</section>");
    }

    static void MapSections(StringBuilder html, DivisionOutlines? outlines, IReadOnlyList<DivisionFacts> rows)
    {
        if (outlines is null)
        {
            html.Append("<section id=\"map-provinces\" class=\"chart\"><h2>Facts by province</h2><p class=\"empty\">")
                .Append("No map: the bundled outlines (corpus/geo) were not found.</p></section>");
            return;
        }
        var maps = new MapCharts(outlines, rows);
        Section(html, "map-provinces", "Facts by province (colour on a log scale)", maps.Provinces());
        Section(html, "map-cities", "Facts by prefecture city (colour on a log scale)", maps.Cities());
        html.Append("<p class=\"note\">Facts are placed by their division code; ")
            .Append(maps.FactsWithoutCity.ToString(CultureInfo.InvariantCulture))
            .Append(" facts name only a province (or a code the outlines do not know) and appear on the province map only. ")
            .Append("Outlines: ECharts 4.9.0 map data (Apache-2.0), simplified; see corpus/geo/README.md.</p>");
    }

    static void LargestTable(StringBuilder html, IReadOnlyList<LargeFact> facts, ReportLabels labels)
    {
        html.Append("<section id=\"largest\"><h2>Largest numbers, with their evidence</h2><table><thead><tr>")
            .Append("<th>measure</th><th>value</th><th>× median</th><th>evidence</th><th>article</th><th>site</th><th>published</th></tr></thead><tbody>");
        foreach (var f in facts)
        {
            var value = f.Value.ToString("#,0.###", CultureInfo.InvariantCulture) + (f.Approx ? "+" : "") + (f.Unit is null ? "" : " " + f.Unit);
            var times = f.TimesMedian is { } t ? t.ToString("0.#", CultureInfo.InvariantCulture) : "";
            var title = Encode(f.Title ?? f.SourcePath);
            var article = SafeLink.Href(f.Url) is { } href
                ? $"<a href=\"{Encode(href)}\" rel=\"noopener noreferrer\">{title}</a>"
                : $"{title}<div class=\"path\">{Encode(f.SourcePath)}</div>";
            html.Append($"<tr><td>{Encode(labels.MeasureWithUnit(f.Measure, f.UnitClass))}</td><td class=\"num\">{Encode(value)}</td>")
                .Append($"<td class=\"num\">{times}</td><td>{Encode(f.Evidence)}</td><td>{article}</td>")
                .Append($"<td>{Encode(f.Site ?? "")}</td><td>{Encode(f.PublishedDate ?? "")}</td></tr>");
        }
        html.Append("</tbody></table></section>");
    }

    static string Encode(string s) => WebUtility.HtmlEncode(s);

    /// <summary>plotly.min.js as shipped inside the Plotly.NET assembly, so the page works offline.</summary>
    static string PlotlyScript()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.StartsWith("Plotly.NET.plotly-") && n.EndsWith(".min.js"));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }

    const string Style = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:1100px;color:#222}
        h1{margin-bottom:0}.sub{color:#666;margin-top:.2rem}.cards{display:flex;gap:1rem;flex-wrap:wrap}.note{color:#555;font-size:.9rem}
        .card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:8rem}.card .n{font-size:1.6rem;font-weight:bold}
        table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #eee;padding:.3rem;vertical-align:top;text-align:left}
        td.num{text-align:right;white-space:nowrap}.empty{color:#999}.path{color:#888;font-size:.8rem}
        """;
}
