using System.IO.Compression;
using MiniExcelLibs;
using PressMine.Records;
using PressMine.Sink;
using PressMine.Tests.Pipeline;
using PressMine.Tests.Sink;

namespace PressMine.Tests.Dataset;

/// <summary>`pressmine export --format xlsx`: one sheet per table, typed cells, no formulas, Excel's limits kept.</summary>
public class XlsxExportTests
{
    static readonly string LongBody = string.Concat(Enumerable.Repeat("督查组发现问题12个，已整改10个。", 3000));

    static string Dataset()
    {
        var article = new Article
        {
            Id = "a", SourcePath = "a.html", Status = ArticleStatus.Ok, Title = "=HYPERLINK(\"http://evil.example\",\"x\")",
            Site = "@SUM(1+1)", Body = LongBody, PublishedAt = "2022-03-21T09:30:00+08:00",
        };
        var facts = new[]
        {
            new Fact { ArticleId = "a", Metric = Metrics.ProblemsFound, Value = 12, Unit = "个", Evidence = "=1+1 发现问题12个。", Start = 0, End = 10 },
            new Fact { ArticleId = "a", Metric = Metrics.ProblemsRectified, Value = 10, Unit = "个", Evidence = "已整改10个。", Start = 10, End = 16 },
        };
        return PublishedDataset.Write([new ProcessedPage(article, facts, null, "00")], new HashSet<OutputFormat> { OutputFormat.Parquet });
    }

    [Fact]
    public void The_workbook_holds_each_table_as_a_sheet_with_its_rows()
    {
        var dir = Dataset();
        var path = Path.Combine(TestPaths.NewTempDir(), "ds.xlsx");
        var result = CliRunner.Run("export", dir, "--output", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["facts", "facts_summable", "found_vs_rectified", "articles"], MiniExcel.GetSheetNames(path));
        var facts = MiniExcel.Query(path, useHeaderRow: true, sheetName: "facts").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal([12.0, 10.0], facts.Select(f => Convert.ToDouble(f["value"])));
        var article = MiniExcel.Query(path, useHeaderRow: true, sheetName: "articles").Cast<IDictionary<string, object>>().Single();
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"x\")", article["title"]);
        Assert.Equal("2022-03-21T09:30:00+08:00", article["published_at"]);
    }

    [Fact]
    public void Page_text_is_never_a_formula_and_a_long_body_is_cut_to_excels_cell_limit()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "ds.xlsx");
        XlsxExport.Write(Dataset(), path);
        using var zip = ZipFile.OpenRead(path);
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotContain("<x:f>", xml);
            Assert.DoesNotContain("<f>", xml);
        }
        var body = (string)MiniExcel.Query(path, useHeaderRow: true, sheetName: "articles").Cast<IDictionary<string, object>>().Single()["body"];
        Assert.True(LongBody.Length > XlsxExport.CellLimit);
        Assert.Equal(XlsxExport.CellLimit, body.Length);
        Assert.EndsWith("the full text is in the Parquet files]", body);
    }

    [Fact]
    public void A_missing_dataset_is_an_error()
    {
        var result = CliRunner.Run("export", "/nonexistent-pressmine-dataset", "--output", Path.Combine(TestPaths.NewTempDir(), "x.xlsx"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a complete PressMine dataset", result.StdErr);
    }

    [Fact]
    public void A_sheet_past_the_row_limit_stops_the_export_while_streaming_and_leaves_no_file()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "ds.xlsx");
        // Two fact rows plus the header pass a two-row sheet: found while writing, without a count query first.
        var error = Assert.Throws<QueryException>(() => XlsxExport.Write(Dataset(), path, new XlsxLimits(SheetRows: 2)));
        Assert.Contains("sheet facts", error.Message);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".tmp"));
        XlsxExport.Write(Dataset(), path, new XlsxLimits(SheetRows: 3));
        Assert.Equal(2, MiniExcel.Query(path, useHeaderRow: true, sheetName: "facts").Count());
    }
}
