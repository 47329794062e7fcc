using DuckDB.NET.Data;

namespace PressMine.Sink;

/// <summary>Copies a DuckDB database's tables into the dataset directory as Parquet, and JSON Lines or CSV on request.</summary>
public static class TableExport
{
    public static void Export(DuckDBConnection connection, string directory, IEnumerable<string> tables,
        IReadOnlySet<OutputFormat> formats, bool csvByteOrderMark = false)
    {
        foreach (var table in tables)
        {
            Copy(connection, directory, table, "parquet", "FORMAT parquet, COMPRESSION zstd");
            if (formats.Contains(OutputFormat.Jsonl)) Copy(connection, directory, table, "jsonl", "FORMAT json");
            if (formats.Contains(OutputFormat.Csv))
            {
                Copy(connection, directory, table, "csv", "FORMAT csv, HEADER true");
                if (csvByteOrderMark) PrependByteOrderMark(Path.Combine(directory, $"{table}.csv"));
            }
        }
    }

    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static string Quote(string path) => "'" + path.Replace("'", "''") + "'";

    static void Copy(DuckDBConnection connection, string directory, string table, string extension, string options) =>
        Execute(connection, $"COPY (SELECT * FROM {table}) TO {Quote(Path.Combine(directory, $"{table}.{extension}"))} ({options})");

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
