namespace PressMine.Sink;

/// <summary>How CSV files are written.</summary>
/// <param name="ByteOrderMark">Start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8.</param>
/// <param name="FormulaGuard">Prefix text cells that a spreadsheet would run as a formula (see <see cref="CsvFormulaGuard"/>).</param>
public sealed record CsvOptions(bool ByteOrderMark = false, bool FormulaGuard = true)
{
    /// <summary>No byte-order mark, formula guard on.</summary>
    public static readonly CsvOptions Default = new();
}

/// <summary>
/// Formula injection guard for CSV (OWASP): a text cell that starts with = + - @, a tab or a carriage return is written
/// with a leading apostrophe, which Excel, LibreOffice and Google Sheets show as text instead of evaluating. Only text
/// columns are guarded; numbers, dates and booleans are written as they are.
/// </summary>
public static class CsvFormulaGuard
{
    const string Triggers = "=+-@\t\r";

    internal static bool NeedsGuard(string cell) => cell.Length > 0 && Triggers.Contains(cell[0]);

    /// <summary>The cell with a leading apostrophe when it starts with a formula trigger, else unchanged.</summary>
    public static string Guard(string cell) => NeedsGuard(cell) ? "'" + cell : cell;

    /// <summary>The same rule as a DuckDB expression over a VARCHAR column.</summary>
    public static string Sql(string quotedColumn) =>
        $"CASE WHEN regexp_matches({quotedColumn}, '^[=+\\-@\\t\\r]') THEN '''' || {quotedColumn} ELSE {quotedColumn} END";
}
