namespace PressMine.Sink;

/// <summary>The dataset's tables and views as DuckDB DDL; column names and order follow the contract.</summary>
public static class DatasetSchema
{
    public const string Articles = """
        CREATE TABLE articles (
            id VARCHAR NOT NULL, source_path VARCHAR NOT NULL, url VARCHAR, site VARCHAR,
            status VARCHAR NOT NULL, reason VARCHAR, duplicate_of VARCHAR, title VARCHAR,
            published_at VARCHAR, source VARCHAR, author VARCHAR, editor VARCHAR, body VARCHAR,
            province VARCHAR, city VARCHAR, county VARCHAR, division_code VARCHAR,
            topic VARCHAR, topic_score DOUBLE, encoding VARCHAR)
        """;

    public const string Facts = """
        CREATE TABLE facts (
            article_id VARCHAR NOT NULL, metric VARCHAR NOT NULL, kind VARCHAR, value DOUBLE NOT NULL,
            unit VARCHAR, approx BOOLEAN NOT NULL, as_of VARCHAR, since VARCHAR, place VARCHAR,
            evidence VARCHAR NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL)
        """;

    public const string Tokens = "CREATE TABLE tokens (article_id VARCHAR NOT NULL, tokens VARCHAR NOT NULL)";

    /// <summary>Views for analysts; they are created both in the shipped .duckdb file and over Parquet at query time.</summary>
    public static readonly string[] Views =
    [
        """
        CREATE OR REPLACE VIEW facts_unique AS
        SELECT f.* FROM facts f JOIN articles a ON a.id = f.article_id WHERE a.status = 'ok'
        """,
        """
        CREATE OR REPLACE VIEW facts_by_place_month AS
        SELECT a.province, a.city, a.county, substr(coalesce(f.as_of, a.published_at), 1, 7) AS month,
               f.metric, sum(f.value) AS total, count(*) AS facts, count(DISTINCT a.id) AS articles
        FROM facts_unique f JOIN articles a ON a.id = f.article_id
        GROUP BY ALL
        """,
        """
        CREATE OR REPLACE VIEW found_vs_rectified AS
        SELECT province, city, month,
               sum(total) FILTER (WHERE metric IN ('problems_found', 'hazards_found')) AS found,
               sum(total) FILTER (WHERE metric IN ('problems_rectified', 'hazards_rectified')) AS rectified,
               round(rectified / nullif(found, 0), 3) AS rectification_rate
        FROM facts_by_place_month GROUP BY ALL
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
        SELECT f.metric, f.value, f.approx, f.as_of, f.evidence, a.title, a.url, a.source_path, a.published_at, a.id AS article_id
        FROM facts_unique f JOIN articles a ON a.id = f.article_id
        """,
    ];
}
