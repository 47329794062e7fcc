using PressMine.Cli.Commands;
using PressMine.Pipeline;
using PressMine.Records;
using PressMine.Sink;
using PressMine.Tests.Sink;

namespace PressMine.Tests.Dataset;

/// <summary>
/// CSV cells a spreadsheet would evaluate (= + - @, tab, carriage return first) are written with a leading apostrophe
/// in the dataset's CSV files and in `query --format csv`, unless --no-csv-guard (issue 17: written as-is, which
/// --bom invites Excel to run).
/// </summary>
public class CsvFormulaGuardTests
{
    static readonly string[] Hostile = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\tTAB", "\rCR"];

    static string Write(CsvOptions csv)
    {
        var article = new Article
        {
            Id = "a", SourcePath = "a.html", Status = ArticleStatus.Ok, Title = Hostile[0], Site = Hostile[1], Author = Hostile[2],
            Editor = Hostile[3], Source = Hostile[4], Reason = Hostile[5], Body = "督查组发现问题12个。", PublishedAt = "2022-03-21",
        };
        var fact = new Fact { ArticleId = "a", Metric = Metrics.ProblemsFound, Value = -0.0 + 12, Unit = "个", Evidence = "=1+1 发现问题12个。", Start = 0, End = 10 };
        return PublishedDataset.Write([new ProcessedPage(article, [fact], null, "00")], new HashSet<OutputFormat> { OutputFormat.Parquet, OutputFormat.Csv }, csv);
    }

    [Fact]
    public void Dataset_csv_cells_that_start_a_formula_get_an_apostrophe()
    {
        var dir = Write(CsvOptions.Default);
        var csv = File.ReadAllText(Path.Combine(dir, "articles.csv"));
        Assert.Contains("'=HYPERLINK(", csv);
        Assert.Contains(",'+cmd|", csv);
        Assert.Contains(",'-2+3,", csv);
        Assert.Contains(",'@SUM(1+1),", csv);
        Assert.Contains("'\tTAB", csv);
        Assert.Contains("'\rCR", csv);
        Assert.Contains(",2022-03-21T00:00:00+08:00,", csv); // typed columns are not text: untouched
        Assert.Contains("'=1+1 发现问题12个。", File.ReadAllText(Path.Combine(dir, "facts.csv")));
        Assert.Contains(",12.0,", File.ReadAllText(Path.Combine(dir, "facts.csv")));
        // The guard is for spreadsheets only: Parquet and the database keep the text as the page had it.
        using var query = new DatasetQuery(dir);
        Assert.Equal(Hostile[0], query.Run("SELECT title FROM articles").Rows.Single()[0]);
    }

    [Fact]
    public void No_csv_guard_writes_cells_as_they_are()
    {
        var csv = File.ReadAllText(Path.Combine(Write(new CsvOptions(FormulaGuard: false)), "articles.csv"));
        Assert.Contains(",-2+3,", csv);
        Assert.DoesNotContain("'=HYPERLINK(", csv);
    }

    [Fact]
    public void Query_csv_output_is_guarded_the_same_way()
    {
        using var query = new DatasetQuery(Write(CsvOptions.Default));
        const string sql = "SELECT title, author, value, 'plain' AS p FROM articles JOIN facts ON facts.article_id = articles.id";
        string Csv(bool guard) => QueryOutput.Render(query.Run(sql), "csv", guard).ReplaceLineEndings("\n").Split('\n')[1];
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'-2+3,12,plain", Csv(true)); // the number stays a number
        Assert.Equal("\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",-2+3,12,plain", Csv(false));
    }
}
