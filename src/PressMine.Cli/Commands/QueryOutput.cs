using System.Globalization;
using System.Text.Json;
using PressMine.Pipeline;
using PressMine.Records;
using PressMine.Sink;

namespace PressMine.Cli.Commands;

/// <summary>
/// Writes query results as they arrive: an aligned text table (CJK counted double width; column widths fixed by the
/// first rows), CSV or JSON Lines. Memory stays bounded whatever the number of rows.
/// </summary>
public static class QueryOutput
{
    /// <summary>Rows read before a table's column widths are fixed; later rows are clipped to those widths.</summary>
    const int TableWidthSample = 1000;

    public static string[] Formats => ["table", "csv", "json"];

    public static void Write(QueryRows rows, string format, TextWriter writer, bool csvFormulaGuard = true) =>
        Write(rows.Columns, rows, format, writer, csvFormulaGuard);

    /// <summary>A small result as one string (tests, examples).</summary>
    public static string Render(QueryResult result, string format, bool csvFormulaGuard = true)
    {
        var writer = new StringWriter();
        Write(result.Columns, result.Rows, format, writer, csvFormulaGuard);
        return writer.ToString();
    }

    static void Write(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, string format, TextWriter writer, bool csvFormulaGuard)
    {
        switch (format.ToLowerInvariant())
        {
            case "csv": Csv(columns, rows, writer, csvFormulaGuard); break;
            case "json": Json(columns, rows, writer); break;
            case "table": Table(columns, rows, writer); break;
            default: throw new QueryException($"unknown output format '{format}' (table, csv, json)");
        }
    }

    static string Cell(object? v) => v switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        DateTimeOffset t => ChinaTime.Iso(t),
        DateTime t => ChinaTime.IsoFromUtc(t),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    static void Table(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, TextWriter writer)
    {
        const int maxWidth = 60;
        string[] Cells(object?[] row) => row.Select(v => Clip(Cell(v).Replace('\n', ' '), maxWidth)).ToArray();
        using var all = rows.GetEnumerator();
        var sample = new List<string[]>();
        while (sample.Count < TableWidthSample && all.MoveNext()) sample.Add(Cells(all.Current));
        var widths = columns.Select((c, i) => Math.Max(Width(c), sample.Count == 0 ? 0 : sample.Max(r => Width(r[i])))).ToArray();
        string Padded(string value, int i)
        {
            var cell = Clip(value, widths[i]); // rows after the sample may be wider than their column
            return cell + new string(' ', widths[i] - Width(cell));
        }
        void Line(IEnumerable<string> values) => writer.WriteLine(string.Join(" │ ", values.Select(Padded)).TrimEnd());
        Line(columns);
        writer.WriteLine(string.Join("─┼─", widths.Select(w => new string('─', w))));
        long count = 0;
        foreach (var row in sample) { Line(row); count++; }
        while (all.MoveNext()) { Line(Cells(all.Current)); count++; }
        writer.WriteLine($"({count} row{(count == 1 ? "" : "s")})");
    }

    static string Clip(string s, int width)
    {
        if (Width(s) <= width) return s;
        int used = 0, end = 0;
        while (end < s.Length && used + Width(s[end]) + 1 <= width) used += Width(s[end++]);
        return s[..end] + "…";
    }

    static int Width(string s) => s.Sum(Width);

    static int Width(char ch) => ch >= 0x1100 && (ch <= 0x115F || (ch >= 0x2E80 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60) || (ch >= 0xFFE0 && ch <= 0xFFE6)) ? 2 : 1;

    static void Csv(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, TextWriter writer, bool formulaGuard)
    {
        static string Quote(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
        writer.WriteLine(string.Join(',', columns.Select(Quote)));
        foreach (var row in rows)
            writer.WriteLine(string.Join(',', row.Select(v => Quote(formulaGuard && v is string text ? CsvFormulaGuard.Guard(text) : Cell(v)))));
    }

    static void Json(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, TextWriter writer)
    {
        foreach (var row in rows)
        {
            var obj = new Dictionary<string, object?>();
            for (int i = 0; i < row.Length; i++)
                obj[columns[i]] = row[i] switch
                {
                    decimal m => (double)m,
                    DateTimeOffset or DateTime or DateOnly => Cell(row[i]),
                    var v => v,
                };
            writer.WriteLine(JsonSerializer.Serialize(obj, CheckpointStore.Json));
        }
    }
}
