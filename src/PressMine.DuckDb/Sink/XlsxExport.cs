using System.Globalization;
using MiniExcelLibs;
using PressMine.Records;

namespace PressMine.Sink;

/// <summary>
/// The dataset as one Excel workbook for analysts outside .NET and SQL: a sheet per table or view, read through the
/// sandboxed <see cref="DatasetQuery"/> and streamed row by row (MiniExcel). Values are written as typed cells, never
/// as formulas, so a page's text cannot run in the spreadsheet; text past Excel's cell limit is cut with a mark.
/// </summary>
public static class XlsxExport
{
    /// <summary>Excel's limit on characters in one cell.</summary>
    public const int CellLimit = 32_767;

    /// <summary>Excel's limit on rows in a sheet, the header row included.</summary>
    public const int RowLimit = 1_048_576;

    const string CutMark = "…[cut: Excel holds 32,767 characters in a cell; the full text is in the Parquet files]";

    /// <summary>What each sheet holds: the readable tables first, the body text last (it is what grows).</summary>
    public static readonly IReadOnlyList<(string Sheet, string Sql)> Sheets =
    [
        ("facts", "select * from facts_unique order by article_id, evidence_start"),
        ("facts_summable", "select * from facts_summable order by article_id, evidence_start"),
        ("found_vs_rectified", "select * from found_vs_rectified"),
        ("articles", "select * from articles order by id"),
    ];

    /// <exception cref="QueryException">A sheet would pass Excel's row limit, or the dataset cannot be read.</exception>
    public static void Write(string datasetDir, string path)
    {
        using var query = new DatasetQuery(datasetDir);
        foreach (var (sheet, sql) in Sheets)
        {
            var rows = Convert.ToInt64(query.Run($"select count(*) from ({sql})").Rows.Single()[0], CultureInfo.InvariantCulture);
            if (rows >= RowLimit)
                throw new QueryException($"sheet {sheet} would hold {rows:N0} rows; Excel holds {RowLimit - 1:N0}. Use the Parquet files or `query --format csv`");
        }
        // Each sheet's query opens when the writer reaches that sheet: one streaming result at a time per connection.
        var workbook = Sheets.ToDictionary(s => s.Sheet, s => (object)Cells(query, s.Sql));
        var tmp = path + ".tmp";
        using (var file = new FileStream(tmp, FileMode.Create, FileAccess.Write))
            file.SaveAs(workbook, excelType: ExcelType.XLSX);
        File.Move(tmp, path, overwrite: true);
    }

    static IEnumerable<IDictionary<string, object?>> Cells(DatasetQuery query, string sql)
    {
        using var rows = query.Open(sql);
        foreach (var row in rows)
        {
            var cells = new Dictionary<string, object?>(rows.Columns.Count);
            for (int i = 0; i < row.Length; i++) cells[rows.Columns[i]] = Cell(row[i]);
            yield return cells;
        }
    }

    static object? Cell(object? value) => value switch
    {
        string s when s.Length > CellLimit => s[..(CellLimit - CutMark.Length)] + CutMark,
        DateTimeOffset t => ChinaTime.Iso(t),
        // TIMESTAMP WITH TIME ZONE arrives as a UTC DateTime; shown, like the CSV files, as ISO text in China time.
        DateTime t => ChinaTime.IsoFromUtc(t),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        decimal m => (double)m,
        System.Numerics.BigInteger big => (double)big,
        _ => value,
    };
}
