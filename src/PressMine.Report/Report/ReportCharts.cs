namespace PressMine.Report;

/// <summary>
/// The report's charts as Plotly figures (data + layout, plain objects serialized by <see cref="ScriptJson"/>). Counts
/// are drawn on log axes, so one report of 11,000 sites does not flatten every other bar; category axes list every label.
/// </summary>
internal sealed class ReportCharts(ReportData data, ReportLabels labels)
{
    static readonly string[] Families = ["problems", "hazards"];
    static readonly Dictionary<string, string> FamilyNames = new() { ["problems"] = "问题 problems", ["hazards"] = "隐患 hazards" };

    static object LogAxis(string title) => new { type = "log", title = new { text = title }, automargin = true };

    /// <summary>Every category shown as a tick label, none skipped for want of room.</summary>
    static object EveryLabel(IReadOnlyList<string> categories, bool reversed = false) => new
    {
        type = "category", tickmode = "array", tickvals = categories, ticktext = categories, automargin = true,
        autorange = reversed ? "reversed" : (object)true,
    };

    IEnumerable<object> FoundRectifiedTraces(IReadOnlyList<FamilyTotals> rows, IReadOnlyList<string> keys, bool horizontal)
    {
        foreach (var family in Families.Where(f => rows.Any(r => r.Family == f)))
            foreach (var (what, pick) in new (string, Func<FamilyTotals, double>)[] { ("found", r => r.Found), ("rectified", r => r.Rectified) })
            {
                var values = keys.Select(k => rows.Where(r => r.Key == k && r.Family == family).Sum(pick)).Select(v => v > 0 ? (double?)v : null).ToList();
                var name = $"{FamilyNames[family]} {what}";
                yield return horizontal
                    ? new { type = "bar", orientation = "h", name, y = keys, x = values }
                    : (object)new { type = "bar", name, x = keys, y = values };
            }
    }

    public object? ByMonth()
    {
        if (data.ByMonth.Count == 0) return null;
        var months = data.ByMonth.Select(r => r.Key).Distinct().Order(StringComparer.Ordinal).ToList();
        return new
        {
            data = FoundRectifiedTraces(data.ByMonth, months, horizontal: false).ToList(),
            layout = new { barmode = "group", height = 420, xaxis = EveryLabel(months), yaxis = LogAxis("个、件、处 (items, log scale)"), legend = new { orientation = "h" } },
        };
    }

    public object? ByArea()
    {
        if (data.ByArea.Count == 0) return null;
        var areas = data.ByArea.GroupBy(r => r.Key).OrderByDescending(g => g.Sum(r => r.Found)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        return new
        {
            data = FoundRectifiedTraces(data.ByArea, areas, horizontal: true).ToList(),
            layout = new
            {
                barmode = "group", height = Math.Max(320, 34 * areas.Count + 140), yaxis = EveryLabel(areas, reversed: true),
                xaxis = LogAxis("个、件、处 (items, log scale)"), legend = new { orientation = "h" }, margin = new { l = 160 },
            },
        };
    }

    public object? Rates()
    {
        if (data.RatesPercent.Count == 0) return null;
        return new
        {
            data = new object[] { new { type = "histogram", x = data.RatesPercent, xbins = new { start = 0, end = 110, size = 10 }, name = "articles" } },
            layout = new { height = 360, xaxis = new { title = new { text = "整改率 rectification rate (%)" }, range = new[] { 0, 110 } },
                yaxis = new { title = new { text = "articles and stated rates" } }, bargap = 0.05 },
        };
    }

    public object? Measures()
    {
        if (data.Measures.Count == 0) return null;
        var names = data.Measures.Select(m => labels.MeasureWithUnit(m.Measure, m.UnitClass)).ToList();
        return new
        {
            data = new object[]
            {
                new
                {
                    type = "bar", orientation = "h", y = names, x = data.Measures.Select(m => m.Facts).ToList(), name = "facts",
                    text = data.Measures.Select(m => $"total {m.Total:0.#} {m.Units}, median {m.Median:0.#}").ToList(), textposition = "outside",
                },
            },
            layout = new
            {
                height = Math.Max(320, 28 * names.Count + 120), yaxis = EveryLabel(names, reversed: true),
                xaxis = new { title = new { text = "facts" }, automargin = true }, margin = new { l = 300, r = 220 },
            },
        };
    }

    public object? Series()
    {
        if (data.Series.Count == 0) return null;
        var months = data.Series.Select(p => p.Month).Distinct().Order(StringComparer.Ordinal).ToList();
        var traces = data.Series.GroupBy(p => (p.Measure, p.UnitClass)).Select(g => (object)new
        {
            type = "scatter", mode = "lines+markers", name = labels.MeasureWithUnit(g.Key.Measure, g.Key.UnitClass),
            x = g.Select(p => p.Month).ToList(), y = g.Select(p => p.Total).ToList(),
        }).ToList();
        return new { data = traces, layout = new { height = 460, xaxis = EveryLabel(months), yaxis = LogAxis("total per month (log scale)") } };
    }

    public object? Sites()
    {
        if (data.Sites.Count == 0) return null;
        var sites = data.Sites.Select(s => s.Label).ToList();
        return new
        {
            data = new object[] { new { type = "bar", orientation = "h", y = sites, x = data.Sites.Select(s => s.N).ToList(), name = "articles" } },
            layout = new { height = Math.Max(300, 28 * sites.Count + 120), yaxis = EveryLabel(sites, reversed: true), xaxis = new { title = new { text = "ok articles" } } },
        };
    }
}
