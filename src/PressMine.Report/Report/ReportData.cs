using PressMine.Report.Map;
using PressMine.Sink;

namespace PressMine.Report;

/// <summary>Found and rectified of one family (problems or hazards) in one month or area, counted in items.</summary>
public sealed record FamilyTotals(string Key, string Family, double Found, double Rectified);
/// <summary>A label with how many rows carry it (a status and its articles, a site and its ok articles).</summary>
public sealed record Count(string Label, long N);
/// <summary>Summable facts of one measure in one unit class: the units written (joined by 、), how many facts, their total and median value.</summary>
public sealed record MeasureSummary(string Measure, string UnitClass, string Units, long Facts, double Total, double Median);
/// <summary>The total of one measure in one unit class in one month (YYYY-MM, the fact's as_of else the article's publish date).</summary>
public sealed record SeriesPoint(string Measure, string UnitClass, string Month, double Total);

/// <summary>A large number with its evidence; <paramref name="TimesMedian"/> compares it to the median of its measure.</summary>
public sealed record LargeFact(string Measure, string UnitClass, string? Unit, double Value, bool Approx, double? TimesMedian,
    string Evidence, string? Title, string? Url, string SourcePath, string? PublishedDate, string? Site);

/// <summary>The figures a report shows, read from a dataset with read-only SQL over its views (duplicates excluded).</summary>
public sealed record ReportData(
    IReadOnlyList<Count> Statuses,
    long Facts,
    IReadOnlyList<FamilyTotals> ByMonth,
    IReadOnlyList<FamilyTotals> ByArea,
    IReadOnlyList<double> RatesPercent,
    IReadOnlyList<MeasureSummary> Measures,
    IReadOnlyList<SeriesPoint> Series,
    IReadOnlyList<Count> Sites,
    IReadOnlyList<LargeFact> Largest,
    IReadOnlyList<DivisionFacts> FactsByDivision)
{
    /// <summary>Reads the figures from the dataset directory (opened read-only); largest caps the list of biggest facts, seriesMeasures the number of measures drawn as monthly series (the most frequent ones).</summary>
    public static ReportData Read(string datasetDir, int largest = 25, int seriesMeasures = 8)
    {
        using var q = new DatasetQuery(datasetDir);
        var statuses = q.Run("SELECT status, count(*) FROM articles GROUP BY status ORDER BY status").Rows
            .Select(r => new Count((string)r[0]!, Convert.ToInt64(r[1]))).ToList();
        long facts = Convert.ToInt64(q.Run("SELECT count(*) FROM facts_unique").Rows[0][0]);
        List<FamilyTotals> Families(string key, string where) => q.Run($"""
            SELECT {key} AS k, family, coalesce(sum(found), 0), coalesce(sum(rectified), 0) FROM found_vs_rectified
            WHERE unit_class = 'items' {where} GROUP BY ALL ORDER BY k, family
            """).Rows.Select(r => new FamilyTotals((string)r[0]!, (string)r[1]!, Convert.ToDouble(r[2]), Convert.ToDouble(r[3]))).ToList();
        var byMonth = Families("month", "AND month IS NOT NULL");
        var byArea = Families("coalesce(city, province, '(unknown)')", "");
        var rates = q.Run("""
            SELECT rectification_rate * 100 FROM rectification_pairs WHERE rectification_rate IS NOT NULL
            UNION ALL SELECT value FROM facts_unique WHERE metric = 'rectification_rate'
            """).Rows.Select(r => Convert.ToDouble(r[0])).ToList();
        var measures = q.Run("""
            SELECT measure, unit_class, string_agg(DISTINCT unit, '、' ORDER BY unit), count(*), sum(value), median(value)
            FROM facts_summable GROUP BY measure, unit_class ORDER BY 4 DESC, 1, 2
            """).Rows.Select(r => new MeasureSummary((string)r[0]!, (string)r[1]!, (string?)r[2] ?? "", Convert.ToInt64(r[3]),
                Convert.ToDouble(r[4]), Convert.ToDouble(r[5]))).ToList();
        var series = q.Run($"""
            WITH top AS (SELECT measure, unit_class FROM facts_summable GROUP BY ALL ORDER BY count(*) DESC, 1, 2 LIMIT {seriesMeasures})
            SELECT m.measure, m.unit_class, m.month, sum(m.total) FROM facts_by_place_month m JOIN top USING (measure, unit_class)
            WHERE m.month IS NOT NULL GROUP BY ALL ORDER BY 1, 2, 3
            """).Rows.Select(r => new SeriesPoint((string)r[0]!, (string)r[1]!, (string)r[2]!, Convert.ToDouble(r[3]))).ToList();
        var sites = q.Run("SELECT site, ok FROM top_sites WHERE ok > 0 LIMIT 15").Rows
            .Select(r => new Count((string)r[0]!, Convert.ToInt64(r[1]))).ToList();
        var large = q.Run($"""
            SELECT f.measure, f.unit_class, f.unit, f.value, f.approximate,
                   f.value / nullif(median(f.value) OVER (PARTITION BY f.measure, f.unit_class), 0),
                   f.evidence, a.title, a.url, a.source_path, strftime(a.published_date, '%Y-%m-%d'), a.site
            FROM facts_summable f JOIN articles a ON a.id = f.article_id ORDER BY f.value DESC, f.measure LIMIT {largest}
            """).Rows.Select(r => new LargeFact((string)r[0]!, (string)r[1]!, (string?)r[2], Convert.ToDouble(r[3]), (bool)r[4]!,
                r[5] is null ? null : Convert.ToDouble(r[5]), (string)r[6]!, (string?)r[7], (string?)r[8], (string)r[9]!,
                (string?)r[10], (string?)r[11])).ToList();
        var byDivision = q.Run("""
            SELECT division_code, article_id, count(*) FROM facts_unique WHERE division_code IS NOT NULL GROUP BY ALL ORDER BY 1, 2
            """).Rows
            .Select(r => new DivisionFacts((string)r[0]!, (string)r[1]!, Convert.ToInt64(r[2]))).ToList();
        return new ReportData(statuses, facts, byMonth, byArea, rates, measures, series, sites, large, byDivision);
    }
}
