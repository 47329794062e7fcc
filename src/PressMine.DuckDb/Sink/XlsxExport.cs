using System.Globalization;
using MiniExcelLibs;
using PressMine.Records;

namespace PressMine.Sink;

/// <summary>Excel's limits the workbook keeps; smaller ones in tests.</summary>
public sealed record XlsxLimits(int CellChars = XlsxExport.CellLimit, long SheetRows = XlsxExport.RowLimit);

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
    /// <remarks>One pass: rows are counted as they stream (no count query per sheet); a sheet that reaches the limit
    /// stops the export and the partly written file is removed.</remarks>
    public static void Write(string datasetDir, string path, XlsxLimits? limits = null)
    {
        limits ??= new XlsxLimits();
        using var query = new DatasetQuery(datasetDir);
        // Each sheet's query opens when the writer reaches that sheet: one streaming result at a time per connection.
        var workbook = Sheets.ToDictionary(s => s.Sheet, s => (object)Cells(query, s.Sheet, s.Sql, limits));
        var tmp = path + ".tmp";
        try
        {
            using (var file = new FileStream(tmp, FileMode.Create, FileAccess.Write))
                file.SaveAs(workbook, excelType: ExcelType.XLSX);
        }
        catch
        {
            File.Delete(tmp);
            throw;
        }
        File.Move(tmp, path, overwrite: true);
    }

    static IEnumerable<IDictionary<string, object?>> Cells(DatasetQuery query, string sheet, string sql, XlsxLimits limits)
    {
        using var rows = query.Open(sql);
        long count = 0;
        foreach (var row in rows)
        {
            if (++count >= limits.SheetRows) // the header row takes one of the sheet's rows
                throw new QueryException($"sheet {sheet} holds more rows than Excel's {limits.SheetRows - 1:N0}. Use the Parquet files or `query --format csv`");
            var cells = new Dictionary<string, object?>(rows.Columns.Count);
            for (int i = 0; i < row.Length; i++) cells[rows.Columns[i]] = Cell(row[i], limits);
            yield return cells;
        }
    }

    static object? Cell(object? value, XlsxLimits limits) => value switch
    {
        string s when s.Length > limits.CellChars => s[..(limits.CellChars - CutMark.Length)] + CutMark,
        DateTimeOffset t => ChinaTime.Iso(t),
        // TIMESTAMP WITH TIME ZONE arrives as a UTC DateTime; shown, like the CSV files, as ISO text in China time.
        DateTime t => ChinaTime.IsoFromUtc(t),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        decimal m => (double)m,
        System.Numerics.BigInteger big => (double)big,
        _ => value,
    };
}
