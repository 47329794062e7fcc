using System.Globalization;
using System.Net;
using System.Text;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;
using GenericChartExtensions = Plotly.NET.CSharp.GenericChartExtensions;

namespace PressMine.Report;

/// <summary>
/// A self-contained HTML report (no network needed): Plotly.NET builds the charts and the plotly.js it bundles
/// is inlined once; a table lists the largest numbers with their evidence sentence and a link to the article.
/// </summary>
public static class ReportBuilder
{
    public static string Build(ReportData data, string datasetName)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        html.Append($"<title>PressMine report — {Encode(datasetName)}</title><style>{Style}</style>");
        html.Append("<script>").Append(PlotlyScript()).Append("</script></head><body>");
        html.Append($"<h1>PressMine report</h1><p class=\"sub\">dataset {Encode(datasetName)} · {DateTime.Now:yyyy-MM-dd HH:mm}</p>");
        html.Append("<section class=\"cards\">");
        foreach (var s in data.Statuses) Card(html, $"articles {s.Label}", s.N.ToString(CultureInfo.InvariantCulture));
        Card(html, "facts (duplicates excluded)", data.Facts.ToString(CultureInfo.InvariantCulture));
        html.Append("</section>");

        Section(html, "found-vs-rectified-time", "Problems and hazards found vs rectified, by month", data.ByMonth.Count == 0 ? null :
            Chart.Combine([
                Chart.Column<double, string, string>(values: data.ByMonth.Select(m => m.Found), Keys: Keys(data.ByMonth.Select(m => m.Month)), Name: "found"),
                Chart.Column<double, string, string>(values: data.ByMonth.Select(m => m.Rectified), Keys: Keys(data.ByMonth.Select(m => m.Month)), Name: "rectified"),
            ]));
        Section(html, "found-vs-rectified-place", "Found vs rectified, by city", data.ByPlace.Count == 0 ? null :
            Chart.Combine([
                Chart.Bar<double, string, string>(values: data.ByPlace.Select(p => p.Found), Keys: Keys(data.ByPlace.Select(p => p.Place)), Name: "found"),
                Chart.Bar<double, string, string>(values: data.ByPlace.Select(p => p.Rectified), Keys: Keys(data.ByPlace.Select(p => p.Place)), Name: "rectified"),
            ]));
        Section(html, "metrics-mix", "Facts by metric", data.Metrics.Count == 0 ? null :
            Chart.Pie<long, string, string>(values: data.Metrics.Select(m => m.N), Labels: Keys(data.Metrics.Select(m => m.Label))));
        Section(html, "sites", "Articles per site", data.Sites.Count == 0 ? null :
            Chart.Bar<long, string, string>(values: data.Sites.Select(s => s.N), Keys: Keys(data.Sites.Select(s => s.Label)), Name: "articles"));
        LargestTable(html, data.Largest);
        html.Append("</body></html>");
        return html.ToString();
    }

    static Plotly.NET.CSharp.Optional<IEnumerable<string>> Keys(IEnumerable<string> keys) => new(keys.ToList(), true);

    static void Card(StringBuilder html, string label, string value) =>
        html.Append($"<div class=\"card\"><div class=\"n\">{Encode(value)}</div><div>{Encode(label)}</div></div>");

    static void Section(StringBuilder html, string id, string title, GenericChart? chart)
    {
        html.Append($"<section id=\"{id}\" class=\"chart\"><h2>{Encode(title)}</h2>");
        if (chart is null) html.Append("<p class=\"empty\">No data.</p>");
        else
        {
            var sized = GenericChartExtensions.WithSize(chart, 900, 420);
            html.Append(GenericChart.toChartHTML(sized));
        }
        html.Append("</section>");
    }

    static void LargestTable(StringBuilder html, IReadOnlyList<LargeFact> facts)
    {
        html.Append("<section id=\"largest\"><h2>Largest numbers, with their evidence</h2><table><thead><tr>")
            .Append("<th>metric</th><th>value</th><th>evidence</th><th>article</th><th>published</th></tr></thead><tbody>");
        foreach (var f in facts)
        {
            var value = f.Value.ToString("0.###", CultureInfo.InvariantCulture) + (f.Approx ? "+" : "");
            var href = f.Link.Contains("://") ? f.Link : "file://" + Path.GetFullPath(f.Link.Split('#')[0]);
            html.Append($"<tr><td>{Encode(f.Metric)}</td><td class=\"num\">{value}</td><td>{Encode(f.Evidence)}</td>")
                .Append($"<td><a href=\"{Encode(href)}\">{Encode(f.Title ?? f.Link)}</a></td><td>{Encode(f.PublishedAt ?? "")}</td></tr>");
        }
        html.Append("</tbody></table></section>");
    }

    static string Encode(string s) => WebUtility.HtmlEncode(s);

    /// <summary>plotly.min.js as shipped inside the Plotly.NET assembly, so the page works offline.</summary>
    static string PlotlyScript()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.StartsWith("Plotly.NET.plotly-") && n.EndsWith(".min.js"));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }

    const string Style = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:1000px;color:#222}
        h1{margin-bottom:0}.sub{color:#666;margin-top:.2rem}.cards{display:flex;gap:1rem;flex-wrap:wrap}
        .card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:8rem}.card .n{font-size:1.6rem;font-weight:bold}
        table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #eee;padding:.3rem;vertical-align:top;text-align:left}
        td.num{text-align:right;white-space:nowrap}.empty{color:#999}
        """;
}
