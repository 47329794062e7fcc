using PressMine.Sink;

namespace PressMine.Report;

public sealed record MonthTotals(string Month, double Found, double Rectified);
public sealed record PlaceTotals(string Place, double Found, double Rectified);
public sealed record Count(string Label, long N);
public sealed record LargeFact(string Metric, double Value, bool Approx, string Evidence, string? Title, string Link, string? PublishedAt);

/// <summary>The figures a report shows, read from a dataset with read-only SQL over the de-duplicated facts.</summary>
public sealed record ReportData(
    IReadOnlyList<Count> Statuses,
    long Facts,
    IReadOnlyList<MonthTotals> ByMonth,
    IReadOnlyList<PlaceTotals> ByPlace,
    IReadOnlyList<Count> Metrics,
    IReadOnlyList<Count> Sites,
    IReadOnlyList<LargeFact> Largest)
{
    const string Found = "metric IN ('problems_found', 'hazards_found')";
    const string Rectified = "metric IN ('problems_rectified', 'hazards_rectified')";

    public static ReportData Read(string datasetDir, int largest = 25)
    {
        using var q = new DatasetQuery(datasetDir);
        var statuses = q.Run("SELECT status, count(*) FROM articles GROUP BY status ORDER BY status").Rows
            .Select(r => new Count((string)r[0]!, Convert.ToInt64(r[1]))).ToList();
        long facts = Convert.ToInt64(q.Run("SELECT count(*) FROM facts_unique").Rows[0][0]);
        var byMonth = q.Run($"""
            SELECT substr(coalesce(f.as_of, a.published_at), 1, 7) AS month,
                   coalesce(sum(value) FILTER (WHERE {Found}), 0), coalesce(sum(value) FILTER (WHERE {Rectified}), 0)
            FROM facts_unique f JOIN articles a ON a.id = f.article_id
            WHERE coalesce(f.as_of, a.published_at) IS NOT NULL GROUP BY month ORDER BY month
            """).Rows.Select(r => new MonthTotals((string)r[0]!, Convert.ToDouble(r[1]), Convert.ToDouble(r[2]))).ToList();
        var byPlace = q.Run($"""
            SELECT coalesce(a.city, a.province, '(unknown)') AS area,
                   coalesce(sum(value) FILTER (WHERE {Found}), 0) AS found, coalesce(sum(value) FILTER (WHERE {Rectified}), 0)
            FROM facts_unique f JOIN articles a ON a.id = f.article_id
            GROUP BY area HAVING found > 0 ORDER BY found DESC LIMIT 20
            """).Rows.Select(r => new PlaceTotals((string)r[0]!, Convert.ToDouble(r[1]), Convert.ToDouble(r[2]))).ToList();
        var metrics = q.Run("SELECT metric, count(*) FROM facts_unique GROUP BY metric ORDER BY 2 DESC, 1").Rows
            .Select(r => new Count((string)r[0]!, Convert.ToInt64(r[1]))).ToList();
        var sites = q.Run("SELECT site, ok FROM top_sites WHERE ok > 0 LIMIT 15").Rows
            .Select(r => new Count((string)r[0]!, Convert.ToInt64(r[1]))).ToList();
        var large = q.Run($"""
            SELECT f.metric, f.value, f.approx, f.evidence, a.title, coalesce(a.url, a.source_path), a.published_at
            FROM facts_unique f JOIN articles a ON a.id = f.article_id
            WHERE f.metric <> 'rectification_rate' ORDER BY f.value DESC LIMIT {largest}
            """).Rows.Select(r => new LargeFact((string)r[0]!, Convert.ToDouble(r[1]), (bool)r[2]!, (string)r[3]!,
                (string?)r[4], (string)r[5]!, (string?)r[6])).ToList();
        return new ReportData(statuses, facts, byMonth, byPlace, metrics, sites, large);
    }
}
