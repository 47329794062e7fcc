using System.Globalization;
using System.Text;
using System.Text.Json;
using PressMine.Pipeline;
using PressMine.Sink;

namespace PressMine.Cli.Commands;

/// <summary>Renders query results as an aligned text table (CJK counted double width), CSV or JSON Lines.</summary>
public static class QueryOutput
{
    public static string Render(QueryResult result, string format, bool csvFormulaGuard = true) => format.ToLowerInvariant() switch
    {
        "csv" => Csv(result, csvFormulaGuard),
        "json" => Json(result),
        "table" => Table(result),
        _ => throw new QueryException($"unknown output format '{format}' (table, csv, json)"),
    };

    static string Cell(object? v) => v switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        DateTimeOffset t => Iso(t),
        DateTime t => Iso(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    /// <summary>Times in China time, as the dataset's text files write them.</summary>
    static string Iso(DateTimeOffset t) =>
        t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    static string Table(QueryResult result)
    {
        const int maxWidth = 60;
        var cells = result.Rows.Select(r => r.Select(v => Clip(Cell(v).Replace('\n', ' '), maxWidth)).ToArray()).ToList();
        var widths = result.Columns.Select((c, i) => Math.Max(Width(c), cells.Count == 0 ? 0 : cells.Max(r => Width(r[i])))).ToArray();
        var sb = new StringBuilder();
        void Line(IEnumerable<string> values) =>
            sb.AppendLine(string.Join(" │ ", values.Select((v, i) => v + new string(' ', widths[i] - Width(v)))).TrimEnd());
        Line(result.Columns);
        sb.AppendLine(string.Join("─┼─", widths.Select(w => new string('─', w))));
        foreach (var row in cells) Line(row);
        sb.AppendLine($"({result.Rows.Count} row{(result.Rows.Count == 1 ? "" : "s")})");
        return sb.ToString();
    }

    static string Clip(string s, int width)
    {
        if (Width(s) <= width) return s;
        var sb = new StringBuilder();
        foreach (var ch in s) { if (Width(sb.ToString()) + 3 > width) break; sb.Append(ch); }
        return sb + "…";
    }

    static int Width(string s) => s.Sum(ch => ch >= 0x1100 && (ch <= 0x115F || (ch >= 0x2E80 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60) || (ch >= 0xFFE0 && ch <= 0xFFE6)) ? 2 : 1);

    static string Csv(QueryResult result, bool formulaGuard)
    {
        static string Quote(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(',', result.Columns.Select(Quote)));
        foreach (var row in result.Rows)
            sb.AppendLine(string.Join(',', row.Select(v => Quote(formulaGuard && v is string text ? CsvFormulaGuard.Guard(text) : Cell(v)))));
        return sb.ToString();
    }

    static string Json(QueryResult result)
    {
        var sb = new StringBuilder();
        foreach (var row in result.Rows)
        {
            var obj = new Dictionary<string, object?>();
            for (int i = 0; i < row.Length; i++)
                obj[result.Columns[i]] = row[i] switch
                {
                    decimal m => (double)m,
                    DateTimeOffset or DateTime or DateOnly => Cell(row[i]),
                    var v => v,
                };
            sb.AppendLine(JsonSerializer.Serialize(obj, CheckpointStore.Json));
        }
        return sb.ToString();
    }
}
