using System.Text.Json;
using DuckDB.NET.Data;
using PressMine.Pipeline;
using PressMine.Records;
using PressMine.Sink;

namespace PressMine.Tests.Sink;

public class DatasetTests
{
    static ProcessedPage Page(string id, string status, params (string Metric, double Value)[] facts)
    {
        var article = new Article { Id = id, SourcePath = $"pages/{id}.html", Status = status, Title = $"标题{id}", Body = status == "ok" ? "督查组发现问题12个。" : null, City = "宁波市" };
        var rows = facts.Select(f => new Fact { ArticleId = id, Metric = f.Metric, Value = f.Value, Evidence = "督查组发现问题12个。", Start = 0, End = 10 }).ToList();
        return new ProcessedPage(article, rows, null, "00");
    }

    internal static string WriteSample(params OutputFormat[] extra) => WriteSample(false, extra);

    static string WriteSample(bool csvBom, params OutputFormat[] extra)
    {
        var pages = new[]
        {
            Page("a", "ok", ("problems_found", 12), ("problems_rectified", 10)),
            Page("b", "ok", ("problems_found", 12), ("problems_rectified", 10)),
            Page("c", "ok", ("problems_found", 5)),
            Page("d", "rejected"),
        };
        return PublishedDataset.Write(pages, extra.Append(OutputFormat.Parquet).ToHashSet(), new CsvOptions(csvBom), new Dictionary<string, string> { ["b"] = "a" });
    }

    [Fact]
    public void Duplicates_are_marked_and_facts_unique_does_not_double_count()
    {
        using var query = new DatasetQuery(WriteSample());
        var rows = query.Run("select metric, sum(value) as total from facts_unique group by metric order by metric").Rows;
        Assert.Equal(["problems_found", 17.0], rows[0]);
        Assert.Equal(["problems_rectified", 10.0], rows[1]);
        var dup = query.Run("select status, duplicate_of from articles where id = 'b'").Rows.Single();
        Assert.Equal(["duplicate", "a"], dup);
        var all = query.Run("select sum(value) from facts where metric = 'problems_found'").Rows.Single();
        Assert.Equal(29.0, all[0]);
    }

    [Fact]
    public void Rectification_view_computes_the_rate_from_articles_that_give_both()
    {
        using var query = new DatasetQuery(WriteSample());
        var row = query.Run("select found, rectified, paired_found, paired_rectified, rectification_rate from found_vs_rectified").Rows.Single();
        // c found 5 and says nothing of rectification: it counts in found, not in the rate (10 of a's 12).
        Assert.Equal([17.0, 10.0, 12.0, 10.0, 0.833], row.Select(v => Convert.ToDouble(v)).ToArray());
    }

    [Theory]
    [InlineData("delete from articles")]
    [InlineData("drop table facts")]
    [InlineData("copy articles to '/tmp/x.csv'")]
    [InlineData("create table t as select 1")]
    [InlineData("select 1; delete from facts")]
    public void Writing_statements_are_refused(string sql)
    {
        using var query = new DatasetQuery(WriteSample());
        var e = Assert.Throws<QueryException>(() => query.Run(sql));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
        Assert.Equal(4L, query.Run("select count(*) from articles").Rows.Single()[0]);
    }

    [Fact]
    public void Bad_sql_gives_a_clear_message()
    {
        using var query = new DatasetQuery(WriteSample());
        var e = Assert.Throws<QueryException>(() => query.Run("select nosuchcolumn from facts"));
        Assert.Contains("nosuchcolumn", e.Message);
        var parse = Assert.Throws<QueryException>(() => query.Run("selec 1"));
        Assert.Contains("syntax error", parse.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void File_access_from_sql_is_refused()
    {
        using var query = new DatasetQuery(WriteSample());
        Assert.Throws<QueryException>(() => query.Run("select * from read_csv('/etc/passwd')"));
    }

    [Fact]
    public void Jsonl_and_csv_hold_every_row_with_chinese_text_intact()
    {
        var dir = WriteSample(OutputFormat.Jsonl, OutputFormat.Csv);
        var lines = File.ReadAllLines(Path.Combine(dir, "articles.jsonl"));
        Assert.Equal(4, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("标题a", first.GetProperty("title").GetString());
        Assert.Equal(6, File.ReadAllLines(Path.Combine(dir, "facts.csv")).Length); // header + 5 facts
        Assert.Contains("宁波市", File.ReadAllText(Path.Combine(dir, "articles.csv")));
    }

    [Fact]
    public void Csv_for_excel_starts_with_a_byte_order_mark_only_when_asked()
    {
        var plain = File.ReadAllBytes(Path.Combine(WriteSample(OutputFormat.Csv), "articles.csv"));
        var excel = File.ReadAllBytes(Path.Combine(WriteSample(true, OutputFormat.Csv), "articles.csv"));
        Assert.Equal((byte)'i', plain[0]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'i' }, excel[..4]);
        Assert.Equal(plain.Length + 3, excel.Length);
    }

    [Fact]
    public void The_duckdb_file_holds_the_tables_and_views()
    {
        var dir = WriteSample();
        using var connection = new DuckDBConnection($"Data Source={Path.Combine(dir, DatabaseFile.Name)};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from facts_unique";
        Assert.Equal(3L, command.ExecuteScalar());
    }

    [Fact]
    public void Parquet_export_round_trips_and_still_refuses_writes()
    {
        var dir = WriteSample();
        var file = Path.Combine(TestPaths.NewTempDir(), "r.parquet");
        using (var export = new DatasetQuery(dir, allowExport: true))
        {
            export.ExportParquet("select metric, sum(value) as total from facts_unique group by metric", file);
            Assert.Throws<QueryException>(() => export.ExportParquet("delete from facts", file + "2"));
        }
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"select total from read_parquet('{file}') where metric = 'problems_found'";
        Assert.Equal(17.0, command.ExecuteScalar());
        Assert.False(File.Exists(file + "2"));
    }

    [Fact]
    public void A_directory_without_manifest_is_not_a_dataset()
    {
        var dir = TestPaths.NewTempDir();
        var e = Assert.Throws<QueryException>(() => new DatasetQuery(dir));
        Assert.Contains("not a complete PressMine dataset", e.Message);
    }
}
