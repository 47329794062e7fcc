namespace PressMine.Sink;

/// <summary>The dataset's tables and views as DuckDB DDL; column names and order follow the contract.</summary>
internal static class DatasetSchema
{
    public const string Articles = """
        CREATE TABLE articles (
            id VARCHAR NOT NULL, source_path VARCHAR NOT NULL, url VARCHAR, site VARCHAR,
            status VARCHAR NOT NULL, reason VARCHAR, duplicate_of VARCHAR, title VARCHAR,
            published_at TIMESTAMP WITH TIME ZONE, published_date DATE, published_at_precision VARCHAR, published_at_basis VARCHAR,
            source VARCHAR, author VARCHAR, editor VARCHAR, body VARCHAR,
            province VARCHAR, city VARCHAR, county VARCHAR, division_code VARCHAR,
            topic VARCHAR, topic_score DOUBLE, encoding VARCHAR)
        """;

    public const string Facts = """
        CREATE TABLE facts (
            article_id VARCHAR NOT NULL, metric VARCHAR NOT NULL, measure VARCHAR NOT NULL, kind VARCHAR, value DOUBLE NOT NULL,
            unit VARCHAR, unit_class VARCHAR NOT NULL, approx BOOLEAN NOT NULL, as_of DATE, since DATE,
            place VARCHAR, division_code VARCHAR,
            evidence VARCHAR NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, is_breakdown BOOLEAN NOT NULL)
        """;

    public const string Tokens = "CREATE TABLE tokens (article_id VARCHAR NOT NULL, tokens VARCHAR NOT NULL)";

    /// <summary>Views for analysts; they are created both in the shipped .duckdb file and over Parquet at query time.</summary>
    public static readonly string[] Views =
    [
        """
        CREATE OR REPLACE VIEW facts_unique AS
        SELECT f.* FROM facts f JOIN articles a ON a.id = f.article_id WHERE a.status = 'ok'
        """,
        // Rates are shares, not counts: they never enter a total. Approximate counts (余, 多, 近, 约) are lower bounds
        // or guesses: kept, but marked, so a total can say "at least".
        """
        CREATE OR REPLACE VIEW facts_summable AS
        SELECT f.* EXCLUDE (approx), f.approx AS approximate, NOT f.approx AS exact
        FROM facts_unique f WHERE f.unit_class <> 'percent' AND f.metric <> 'rectification_rate' AND NOT f.is_breakdown
        """,
        """
        CREATE OR REPLACE VIEW facts_by_place_month AS
        SELECT f.place, f.division_code, strftime(coalesce(f.as_of, a.published_date), '%Y-%m') AS month,
               f.measure, f.unit_class, sum(f.value) AS total, sum(f.value) FILTER (WHERE f.exact) AS exact_total,
               count(*) AS facts, count(DISTINCT a.id) AS articles
        FROM facts_summable f JOIN articles a ON a.id = f.article_id
        GROUP BY ALL
        """,
        // Found and rectified are paired only within one article, one family (problems with problems, hazards with
        // hazards), one unit class and one period (as_of, since): the rate never mixes hazard sites with problems.
        """
        CREATE OR REPLACE VIEW rectification_pairs AS
        SELECT f.article_id, split_part(f.metric, '_', 1) AS family, f.unit_class, f.as_of, f.since,
               sum(f.value) FILTER (WHERE f.metric LIKE '%_found') AS found,
               sum(f.value) FILTER (WHERE f.metric LIKE '%_rectified') AS rectified,
               round(rectified / nullif(found, 0), 3) AS rectification_rate
        FROM facts_summable f
        WHERE f.metric IN ('problems_found', 'problems_rectified', 'hazards_found', 'hazards_rectified')
        GROUP BY ALL
        """,
        """
        CREATE OR REPLACE VIEW found_vs_rectified AS
        SELECT a.province, a.city, strftime(coalesce(p.as_of, a.published_date), '%Y-%m') AS month, p.family, p.unit_class,
               sum(p.found) AS found, sum(p.rectified) AS rectified,
               sum(p.found) FILTER (WHERE p.rectified IS NOT NULL) AS paired_found,
               sum(p.rectified) FILTER (WHERE p.found IS NOT NULL) AS paired_rectified,
               round(paired_rectified / nullif(paired_found, 0), 3) AS rectification_rate,
               count(DISTINCT p.article_id) AS articles
        FROM rectification_pairs p JOIN articles a ON a.id = p.article_id
        GROUP BY ALL
        """,
        """
        CREATE OR REPLACE VIEW top_sites AS
        SELECT coalesce(site, '(unknown)') AS site, count(*) AS articles,
               count(*) FILTER (WHERE status = 'ok') AS ok,
               count(*) FILTER (WHERE status = 'duplicate') AS duplicates,
               count(*) FILTER (WHERE status = 'rejected') AS rejected
        FROM articles GROUP BY ALL ORDER BY articles DESC
        """,
        """
        CREATE OR REPLACE VIEW evidence AS
        SELECT f.measure, f.value, f.unit, f.unit_class, f.approx, f.as_of, f.place, f.evidence,
               a.title, a.url, a.source_path, a.published_at, a.id AS article_id
        FROM facts_unique f JOIN articles a ON a.id = f.article_id
        """,
    ];
}
