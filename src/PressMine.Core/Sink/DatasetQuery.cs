using System.Data;
using DuckDB.NET.Data;

namespace PressMine.Sink;

public sealed class QueryException(string message) : Exception(message);

/// <summary>The result of a query: column names and rows of plain values (DBNull as null).</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// Read-only SQL over a dataset directory. The Parquet tables are loaded into a private DuckDB (so the
/// dataset's .duckdb file is never locked), only single SELECT statements are accepted, and file, network and
/// extension access is switched off and locked before the user's SQL runs, in every output mode.
/// </summary>
public sealed class DatasetQuery : IDisposable
{
    DuckDBConnection connection;

    /// <summary>With export: a private directory (random name, owner only) holding the sandbox's database file.</summary>
    readonly string? exportDirectory;

    internal string? ScratchDirectory => exportDirectory;

    /// <param name="allowExport">Back the sandbox with a private database file so <see cref="ExportParquet"/> can copy a
    /// result out through a second connection that runs no user SQL; the user's SQL runs sandboxed either way.</param>
    public DatasetQuery(string datasetDir, bool allowExport = false)
    {
        if (!AtomicDirectory.IsComplete(datasetDir))
            throw new QueryException($"'{datasetDir}' is not a complete PressMine dataset (no {Manifest.FileName}); run `pressmine run` first.");
        if (allowExport) exportDirectory = Directory.CreateTempSubdirectory("pressmine-query-").FullName;
        connection = new DuckDBConnection(exportDirectory is null ? "Data Source=:memory:" : $"Data Source={Path.Combine(exportDirectory, "query.duckdb")}");
        connection.Open();
        foreach (var table in new[] { "articles", "facts", "tokens" })
        {
            var file = Path.Combine(datasetDir, table + ".parquet");
            if (File.Exists(file))
                Execute($"CREATE TABLE {table} AS SELECT * FROM read_parquet('{file.Replace("'", "''")}')");
        }
        foreach (var view in DatasetSchema.Views) Execute(view);
        foreach (var setting in SandboxSettings) Execute(setting);
    }

    /// <summary>No file, URL or extension reaches the user's SQL, and the SQL cannot switch that back on.</summary>
    static readonly string[] SandboxSettings =
    [
        $"SET TimeZone = '{TableExport.TimeZone}'",
        "SET enable_external_access = false",
        "SET autoinstall_known_extensions = false",
        "SET autoload_known_extensions = false",
        "SET lock_configuration = true",
    ];

    public QueryResult Run(string sql)
    {
        EnsureReadOnly(sql);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Plain(reader.GetValue(i));
                rows.Add(row);
            }
            return new QueryResult(columns, rows);
        }
        catch (DuckDBException e)
        {
            throw new QueryException(FirstLine(e.Message));
        }
    }

    /// <summary>
    /// Writes the result of one SELECT to a Parquet file (zstd), for pandas, R, Spark. The SELECT runs in the sandbox
    /// into a table of the private database; a second connection, which runs only this method's own COPY, writes the file.
    /// </summary>
    public void ExportParquet(string sql, string path)
    {
        if (exportDirectory is null) throw new InvalidOperationException("open the query with allowExport to export");
        EnsureReadOnly(sql);
        try
        {
            Execute($"CREATE OR REPLACE TABLE pressmine_export AS SELECT * FROM ({sql.Trim().TrimEnd(';')})");
            connection.Dispose();
            using (var writer = OpenScratch())
            {
                using var copy = writer.CreateCommand();
                copy.CommandText = $"COPY pressmine_export TO '{Path.GetFullPath(path).Replace("'", "''")}' (FORMAT parquet, COMPRESSION zstd); DROP TABLE pressmine_export";
                copy.ExecuteNonQuery();
            }
        }
        catch (DuckDBException e)
        {
            throw new QueryException(FirstLine(e.Message));
        }
        finally
        {
            if (connection.State != System.Data.ConnectionState.Open) ReopenSandbox();
        }
    }

    DuckDBConnection OpenScratch()
    {
        var scratch = new DuckDBConnection($"Data Source={Path.Combine(exportDirectory!, "query.duckdb")}");
        scratch.Open();
        return scratch;
    }

    void ReopenSandbox()
    {
        connection = OpenScratch();
        foreach (var setting in SandboxSettings) Execute(setting);
    }

    /// <summary>DuckDB's own parser decides: json_serialize_sql accepts exactly the SELECT statements.</summary>
    void EnsureReadOnly(string sql)
    {
        if (string.IsNullOrWhiteSpace(sql)) throw new QueryException("empty SQL");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT j->>'error', j->>'error_message', json_array_length(j->'statements') " +
                              "FROM (SELECT json_serialize_sql(CAST($sql AS VARCHAR))::JSON AS j)";
        command.Parameters.Add(new DuckDBParameter("sql", sql));
        using var reader = command.ExecuteReader();
        reader.Read();
        bool error = !reader.IsDBNull(0) && reader.GetString(0) == "true";
        if (error)
        {
            var message = reader.IsDBNull(1) ? "" : reader.GetString(1);
            throw new QueryException(message.Contains("Only SELECT", StringComparison.OrdinalIgnoreCase)
                ? "only read-only SELECT queries are allowed; the dataset cannot be modified through `query`"
                : $"SQL error: {FirstLine(message)}");
        }
        if (!reader.IsDBNull(2) && reader.GetInt64(2) != 1)
            throw new QueryException("one SELECT statement per query, please");
    }

    /// <summary>DuckDB's HUGEINT (sum of integers) arrives as BigInteger; give callers a long when it fits.</summary>
    static object Plain(object value) =>
        value is System.Numerics.BigInteger big && big >= long.MinValue && big <= long.MaxValue ? (long)big : value;

    void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    static string FirstLine(string message) => message.Split('\n')[0].Trim();

    public void Dispose()
    {
        connection.Dispose();
        if (exportDirectory is not null) Directory.Delete(exportDirectory, recursive: true);
    }
}
