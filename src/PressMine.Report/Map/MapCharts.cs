using System.Globalization;

namespace PressMine.Report.Map;

/// <summary>Facts (duplicates excluded) of one article at one division code.</summary>
public sealed record DivisionFacts(string DivisionCode, string ArticleId, long Facts);

/// <summary>Facts and articles counted on one outline.</summary>
internal sealed record OutlineCount(DivisionOutline Outline, long Facts, long Articles);

/// <summary>
/// Two choropleth maps as Plotly figures over the bundled outlines: facts per province, and facts per prefecture
/// city drawn over the provinces they lie in. Colours follow log10 of the count (so one city with 60 facts does not
/// wash out those with 3) and the colour bar is labelled in counts. Labels and hover texts hold only bundled names
/// and numbers. Plotly draws the outlines itself (geo.visible false); plotly.js 2.28 fetches its world base map
/// whenever the figure's first trace has a locationmode (a choropleth always has one), so the labels, which have
/// none, come first and nothing is fetched.
/// </summary>
internal sealed class MapCharts(DivisionOutlines outlines, IReadOnlyList<DivisionFacts> rows)
{
    /// <summary>Light yellow to red, light enough at the top that black labels stay readable.</summary>
    static readonly object[] Colours = [new object[] { 0, "#fff7bc" }, new object[] { 0.5, "#fd8d3c" }, new object[] { 1, "#d7301f" }];
    const string EmptyFill = "#eeeeee";

    public IReadOnlyList<OutlineCount> ByProvince() => Count(outlines.ProvinceOf);

    public IReadOnlyList<OutlineCount> ByCity() => Count(outlines.CityOf);

    /// <summary>Facts whose division code has no city outline (a province-level place, or a code the outlines predate).</summary>
    public long FactsWithoutCity => rows.Where(r => outlines.CityOf(r.DivisionCode) is null).Sum(r => r.Facts);

    IReadOnlyList<OutlineCount> Count(Func<string, DivisionOutline?> outlineOf) => rows
        .Select(r => (Outline: outlineOf(r.DivisionCode), Row: r)).Where(x => x.Outline is not null)
        .GroupBy(x => x.Outline!.Code, StringComparer.Ordinal)
        .Select(g => new OutlineCount(g.First().Outline!, g.Sum(x => x.Row.Facts), g.Select(x => x.Row.ArticleId).Distinct().LongCount()))
        .OrderByDescending(c => c.Facts).ThenBy(c => c.Outline.Code, StringComparer.Ordinal).ToList();

    public object? Provinces()
    {
        var counted = ByProvince();
        if (counted.Count == 0) return null;
        var empty = outlines.Provinces.Where(p => counted.All(c => c.Outline.Code != p.Code)).ToList();
        return Figure(empty, counted, "省份 provinces", height: 620);
    }

    public object? Cities()
    {
        var counted = ByCity();
        if (counted.Count == 0) return null;
        var around = counted.Select(c => outlines.ProvinceOf(c.Outline.Code)).OfType<DivisionOutline>().DistinctBy(p => p.Code).ToList();
        return Figure(around, counted, "地级市 cities", height: 720);
    }

    static object Figure(IReadOnlyList<DivisionOutline> background, IReadOnlyList<OutlineCount> counted, string what, int height)
    {
        double max = Math.Max(10, counted.Max(c => c.Facts));
        var ticks = Ticks(max);
        var traces = new List<object>();
        if (background.Count > 0)
            traces.Add(new
            {
                type = "choropleth", geojson = Collection(background), locations = background.Select(o => o.Code).ToList(),
                z = background.Select(_ => 0).ToList(), colorscale = new object[] { new object[] { 0, EmptyFill }, new object[] { 1, EmptyFill } },
                showscale = false, hoverinfo = "skip", marker = new { line = new { color = "#ffffff", width = 1 } }, name = "",
            });
        traces.Add(new
        {
            type = "choropleth", geojson = Collection(counted.Select(c => c.Outline)), locations = counted.Select(c => c.Outline.Code).ToList(),
            z = counted.Select(c => Math.Log10(c.Facts)).ToList(), zmin = 0, zmax = Math.Log10(max), colorscale = Colours,
            text = counted.Select(c => $"{c.Outline.Name}: {c.Facts} facts, {c.Articles} articles").ToList(),
            hovertemplate = "%{text}<extra></extra>", marker = new { line = new { color = "#555555", width = 0.6 } }, name = what,
            colorbar = new
            {
                title = new { text = "facts (log scale)" }, tickvals = ticks.Select(Math.Log10).ToList(),
                ticktext = ticks.Select(t => t.ToString(CultureInfo.InvariantCulture)).ToList(), len = 0.6,
            },
        });
        traces.Insert(0, new
        {
            type = "scattergeo", mode = "text", lon = counted.Select(c => c.Outline.Center.Lon).ToList(), lat = counted.Select(c => c.Outline.Center.Lat).ToList(),
            text = counted.Select(c => $"{c.Outline.Name} {c.Facts}").ToList(), textfont = new { size = 11, color = "#111111" },
            hoverinfo = "skip", showlegend = false, name = "",
        });
        return new
        {
            data = traces,
            layout = new
            {
                height, margin = new { l = 10, r = 10, t = 10, b = 10 }, showlegend = false,
                geo = new { visible = false, fitbounds = "locations", projection = new { type = "mercator" } },
            },
        };
    }

    /// <summary>1, 2, 5, 10, 20, 50 … up to the largest count: colour-bar labels in counts on the log scale.</summary>
    static IReadOnlyList<double> Ticks(double max)
    {
        var ticks = new List<double>();
        for (double decade = 1; decade <= max; decade *= 10)
            foreach (var step in new[] { 1, 2, 5 })
                if (decade * step <= max) ticks.Add(decade * step);
        return ticks;
    }

    static object Collection(IEnumerable<DivisionOutline> outlines) => new
    {
        type = "FeatureCollection",
        features = outlines.Select(o => new
        {
            type = "Feature", id = o.Code, properties = new { name = o.Name },
            geometry = new
            {
                type = "MultiPolygon",
                coordinates = o.Polygons.Select(p => p.Select(r => r.Select(pt => new[] { pt.Lon, pt.Lat }).ToList()).ToList()).ToList(),
            },
        }).ToList(),
    };
}
