using System.Text.Json;
using DuckDB.NET.Data;
using PressMine.Pipeline;
using PressMine.Records;
using PressMine.Sink;

namespace PressMine.Tests.Dataset;

/// <summary>
/// The dataset's columns as other tools see them: DuckDB's own `describe` of the shipped .duckdb file, the Parquet
/// schema (logical types) read back by DuckDB's parquet_schema, and the ISO text of CSV and JSON Lines.
/// </summary>
public class TypedColumnsTests
{
    static ProcessedPage Page(string id, string? publishedAt, params Fact[] facts) => new(
        new Article { Id = id, SourcePath = $"/builder/home/pages/{id}.html", Status = ArticleStatus.Ok, Title = "标题" + id,
            PublishedAt = publishedAt, PublishedAtBasis = publishedAt is null ? null : "byline", Body = "督查组发现问题12个。", City = "宁波市" },
        facts, null, "00");

    static Fact Fact(string id, string metric, double value, string? unit, string? kind = null, string? asOf = null, string? since = null) => new()
    {
        ArticleId = id, Metric = metric, Kind = kind, Value = value, Unit = unit, AsOf = asOf, Since = since,
        Place = "浙江省宁波市", DivisionCode = "330200", Evidence = "督查组发现问题12个。", Start = 0, End = 10,
    };

    internal static string Write(params OutputFormat[] extra)
    {
        var staging = TestPaths.NewTempDir();
        var pages = new[]
        {
            Page("a", "2022-03-21T08:15:00+08:00", Fact("a", Metrics.ProblemsFound, 12, "个", asOf: "2022-03-20", since: "2022-03-01")),
            Page("b", "2022-03-21T10:42:16+08:00", Fact("b", Metrics.Other, 5, "起", kind: "cases_filed")),
            Page("c", "2021-06-17", Fact("c", Metrics.EntitiesInspected, 30, "家次")),
            Page("d", null),
        };
        new DatasetWriter(staging, extra.Append(OutputFormat.Parquet).ToHashSet(), writeTokens: false).Write(pages, new Dictionary<string, string>());
        new Manifest("0.1.0", "now", ["pages"], null, ["parquet"], false, new Dictionary<string, int>(), new Dictionary<string, double>(), []).WriteTo(staging);
        var outDir = staging + "-out";
        AtomicDirectory.Publish(staging, outDir);
        return outDir;
    }

    static Dictionary<string, string> Describe(DuckDBConnection connection, string relation)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"DESCRIBE {relation}";
        using var reader = command.ExecuteReader();
        var types = new Dictionary<string, string>();
        while (reader.Read()) types[reader.GetString(0)] = reader.GetString(1);
        return types;
    }

    static List<object?[]> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return rows;
    }

    [Fact]
    public void The_duckdb_file_describes_times_and_dates_as_typed_columns()
    {
        var dir = Write();
        using var connection = new DuckDBConnection($"Data Source={Path.Combine(dir, DatabaseFile.Name)};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var articles = Describe(connection, "articles");
        Assert.Equal("TIMESTAMP WITH TIME ZONE", articles["published_at"]);
        Assert.Equal("DATE", articles["published_date"]);
        Assert.Equal("VARCHAR", articles["published_at_precision"]);
        var facts = Describe(connection, "facts");
        Assert.Equal("DATE", facts["as_of"]);
        Assert.Equal("DATE", facts["since"]);
        Assert.Equal("INTEGER", facts["evidence_start"]);
        Assert.Equal("INTEGER", facts["evidence_end"]);
        foreach (var column in new[] { "measure", "unit_class", "place", "division_code" }) Assert.Equal("VARCHAR", facts[column]);
        Assert.DoesNotContain("start", facts.Keys);
        Assert.DoesNotContain("end", facts.Keys);
    }

    [Fact]
    public void Parquet_carries_logical_timestamp_and_date_types()
    {
        var dir = Write();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        // DuckDB writes DATE as the converted type DATE (the same annotation as the logical DateType), TIMESTAMPTZ as a
        // logical TimestampType adjusted to UTC.
        string Logical(string file, string column) => (string)Rows(connection,
            $"SELECT coalesce(logical_type::VARCHAR, converted_type::VARCHAR) FROM parquet_schema('{Path.Combine(dir, file)}') WHERE name = '{column}'").Single()[0]!;
        var timestamp = Logical("articles.parquet", "published_at");
        Assert.Contains("TimestampType", timestamp);
        Assert.Contains("isAdjustedToUTC=1", timestamp);
        Assert.Equal("DATE", Logical("articles.parquet", "published_date"));
        Assert.Equal("DATE", Logical("facts.parquet", "as_of"));
        Assert.Equal("DATE", Logical("facts.parquet", "since"));
        // An instant: 08:15 in China is 00:15 UTC, whatever time zone the reader is in.
        var utc = Rows(connection, $"SELECT epoch(published_at)::BIGINT FROM '{Path.Combine(dir, "articles.parquet")}' WHERE id = 'a'").Single()[0];
        Assert.Equal(new DateTimeOffset(2022, 3, 21, 0, 15, 0, TimeSpan.Zero).ToUnixTimeSeconds(), Convert.ToInt64(utc));
    }

    [Fact]
    public void Precision_says_how_much_of_the_time_the_page_states()
    {
        using var query = new DatasetQuery(Write());
        var rows = query.Run("SELECT id, published_date::VARCHAR, published_at_precision, strftime(published_at, '%H:%M:%S') FROM articles ORDER BY id").Rows;
        Assert.Equal(["a", "2022-03-21", "minute", "08:15:00"], rows[0]);
        Assert.Equal(["b", "2022-03-21", "second", "10:42:16"], rows[1]);
        Assert.Equal(["c", "2021-06-17", "day", "00:00:00"], rows[2]); // midnight China time of the day
        Assert.Equal(["d", null, null, null], rows[3]);
    }

    [Fact]
    public void Csv_and_jsonl_write_times_and_dates_in_iso_form()
    {
        var dir = Write(OutputFormat.Csv, OutputFormat.Jsonl);
        var csv = File.ReadAllText(Path.Combine(dir, "articles.csv"));
        Assert.Contains(",2022-03-21T08:15:00+08:00,2022-03-21,minute,byline,", csv);
        Assert.Contains(",2021-06-17T00:00:00+08:00,2021-06-17,day,byline,", csv);
        var fact = JsonDocument.Parse(File.ReadLines(Path.Combine(dir, "facts.jsonl")).First()).RootElement;
        Assert.Equal("2022-03-20", fact.GetProperty("as_of").GetString());
        Assert.Equal("2022-03-01", fact.GetProperty("since").GetString());
        var article = JsonDocument.Parse(File.ReadLines(Path.Combine(dir, "articles.jsonl")).First()).RootElement;
        Assert.Equal("2022-03-21T08:15:00+08:00", article.GetProperty("published_at").GetString());
    }

    [Theory]
    [InlineData("2022-03-21T08:15:00+08:00", "minute", "2022-03-21")]
    [InlineData("2022-03-21T23:59:59+08:00", "second", "2022-03-21")]
    [InlineData("2022-03-21", "day", "2022-03-21")]
    public void Publish_time_text_is_read_into_instant_day_and_precision(string iso, string precision, string day)
    {
        var t = PublishTime.Parse(iso)!;
        Assert.Equal(precision, t.Precision);
        Assert.Equal(day, t.Date.ToString("yyyy-MM-dd"));
        Assert.Equal(TimeSpan.FromHours(8), t.At.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2022-13-01")]
    [InlineData("not a date")]
    public void Unreadable_publish_time_text_is_no_time(string? iso) => Assert.Null(PublishTime.Parse(iso));
}
