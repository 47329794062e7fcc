using DuckDB.NET.Data;

namespace PressMine.Sink;

/// <summary>Copies a DuckDB database's tables into the dataset directory as Parquet, and JSON Lines or CSV on request.</summary>
internal static class TableExport
{
    /// <summary>Text forms give times in China time, ISO 8601 (2022-03-21T08:15:00+08:00), dates as 2022-03-21. China time has whole-hour offsets, so the minutes of the offset are written as :00 (DuckDB's %z gives hours only).</summary>
    public const string TimeZone = "Asia/Shanghai";

    const string IsoText = "DATEFORMAT '%Y-%m-%d', TIMESTAMPFORMAT '%Y-%m-%dT%H:%M:%S%z:00'";

    public static void Export(DuckDBConnection connection, string directory, IEnumerable<string> tables,
        IReadOnlySet<OutputFormat> formats, CsvOptions? csv = null)
    {
        csv ??= CsvOptions.Default;
        Execute(connection, $"SET TimeZone = '{TimeZone}'");
        foreach (var table in tables)
        {
            Copy(connection, directory, table, "SELECT * FROM " + table, "parquet", "FORMAT parquet, COMPRESSION zstd");
            if (formats.Contains(OutputFormat.Jsonl)) Copy(connection, directory, table, "SELECT * FROM " + table, "jsonl", "FORMAT json, " + IsoText);
            if (formats.Contains(OutputFormat.Csv))
            {
                var select = csv.FormulaGuard ? GuardedSelect(connection, table) : "SELECT * FROM " + table;
                Copy(connection, directory, table, select, "csv", "FORMAT csv, HEADER true, " + IsoText);
                if (csv.ByteOrderMark) PrependByteOrderMark(Path.Combine(directory, $"{table}.csv"));
            }
        }
    }

    /// <summary>SELECT of every column of the table, text columns through the formula guard.</summary>
    static string GuardedSelect(DuckDBConnection connection, string table)
    {
        var columns = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $t ORDER BY ordinal_position";
            command.Parameters.Add(new DuckDBParameter("t", table));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var quoted = "\"" + reader.GetString(0).Replace("\"", "\"\"") + "\"";
                columns.Add(reader.GetString(1) == "VARCHAR" ? $"{CsvFormulaGuard.Sql(quoted)} AS {quoted}" : quoted);
            }
        }
        return $"SELECT {string.Join(", ", columns)} FROM {table}";
    }

    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static string Quote(string path) => "'" + path.Replace("'", "''") + "'";

    static void Copy(DuckDBConnection connection, string directory, string table, string select, string extension, string options) =>
        Execute(connection, $"COPY ({select}) TO {Quote(Path.Combine(directory, $"{table}.{extension}"))} ({options})");

    /// <summary>Excel reads a CSV as UTF-8 only when it starts with a byte-order mark.</summary>
    static void PrependByteOrderMark(string path)
    {
        var tmp = path + ".bom";
        using (var output = File.Create(tmp))
        {
            output.Write([0xEF, 0xBB, 0xBF]);
            using var input = File.OpenRead(path);
            input.CopyTo(output);
        }
        File.Move(tmp, path, overwrite: true);
    }
}
