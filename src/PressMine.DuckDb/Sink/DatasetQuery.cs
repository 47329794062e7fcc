using System.Data;
using DuckDB.NET.Data;

namespace PressMine.Sink;

/// <summary>A query refused or failed: not a dataset, not a single SELECT, or DuckDB's error (its first line) while running.</summary>
public sealed class QueryException(string message) : Exception(message);

/// <summary>
/// Read-only SQL over a dataset directory. The tables are views over the dataset's Parquet files in a private DuckDB
/// (so the dataset's .duckdb file is never locked and nothing is copied into memory), only single SELECT statements
/// are accepted, and before the user's SQL runs, file access is narrowed to the dataset directory, network and
/// extension access is switched off, and the configuration is locked, in every output mode.
/// </summary>
public sealed class DatasetQuery : IDisposable
{
    DuckDBConnection connection;

    /// <summary>With export: a private directory (random name, owner only) holding the sandbox's database file.</summary>
    readonly string? exportDirectory;

    internal string? ScratchDirectory => exportDirectory;

    /// <summary>The dataset directory with a trailing separator: the only place the user's SQL may read.</summary>
    readonly string datasetRoot;

    /// <summary>Opens the sandbox over a complete dataset; throws <see cref="QueryException"/> when the directory is not one
    /// (no manifest) or holds symbolic links.</summary>
    /// <param name="datasetDir">A dataset directory written by PressMine.</param>
    /// <param name="allowExport">Back the sandbox with a private database file so <see cref="ExportParquet"/> can copy a
    /// result out through a second connection that runs no user SQL; the user's SQL runs sandboxed either way.</param>
    public DatasetQuery(string datasetDir, bool allowExport = false)
    {
        if (!AtomicDirectory.IsComplete(datasetDir))
            throw new QueryException($"'{datasetDir}' is not a complete PressMine dataset (no {Manifest.FileName}); run `pressmine run` first.");
        datasetRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(datasetDir)) + Path.DirectorySeparatorChar;
        RefuseLinks(datasetRoot);
        if (allowExport) exportDirectory = Directory.CreateTempSubdirectory("pressmine-query-").FullName;
        connection = new DuckDBConnection(exportDirectory is null ? "Data Source=:memory:" : $"Data Source={Path.Combine(exportDirectory, "query.duckdb")}");
        connection.Open();
        foreach (var table in new[] { "articles", "facts", "tokens" })
        {
            var file = Path.Combine(datasetRoot, table + ".parquet");
            if (!File.Exists(file)) continue;
            var defaults = ColumnsAddedLater.Where(c => c.Table == table && !HasColumn(file, c.Column)).Select(c => $", {c.Value} AS {c.Column}");
            Execute($"CREATE VIEW {table} AS SELECT *{string.Concat(defaults)} FROM read_parquet({Literal(file)})");
        }
        foreach (var view in DatasetSchema.Views) Execute(view);
        CloseSandbox();
    }

    /// <summary>
    /// The views read the dataset's files at query time, so the dataset directory stays readable; nothing else does, no
    /// URL or extension reaches the user's SQL, and the SQL cannot switch that back on.
    /// </summary>
    void CloseSandbox()
    {
        Execute($"SET TimeZone = '{TableExport.TimeZone}'");
        Execute($"SET allowed_directories = [{Literal(datasetRoot)}]");
        Execute("SET enable_external_access = false");
        Execute("SET autoinstall_known_extensions = false");
        Execute("SET autoload_known_extensions = false");
        Execute("SET lock_configuration = true");
    }

    /// <summary>PressMine writes no links into a dataset; one found there could lead the readable directory elsewhere.</summary>
    static void RefuseLinks(string root)
    {
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            if (entry.LinkTarget is not null)
                throw new QueryException($"'{entry.FullName}' is a link; PressMine datasets hold none, so this one is not queried");
    }

    /// <summary>
    /// Columns newer than some datasets users keep: a dataset written before one existed reads it as this value, so
    /// the views that use it (facts_summable) still open.
    /// </summary>
    static readonly (string Table, string Column, string Value)[] ColumnsAddedLater = [("facts", "is_breakdown", "false")];

    bool HasColumn(string parquetFile, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM parquet_schema({Literal(parquetFile)}) WHERE name = {Literal(column)}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    static string Literal(string text) => "'" + text.Replace("'", "''") + "'";

    /// <summary>All rows at once; for large results use <see cref="Open"/> and read them as they come.</summary>
    public QueryResult Run(string sql)
    {
        using var rows = Open(sql);
        return new QueryResult(rows.Columns, rows.ToList());
    }

    /// <summary>Runs one SELECT and hands its rows over one at a time, so a result never has to fit in memory.</summary>
    public QueryRows Open(string sql)
    {
        EnsureReadOnly(sql);
        var command = connection.CreateCommand();
        try
        {
            command.CommandText = sql;
            command.UseStreamingMode = true;
            return new QueryRows(command, command.ExecuteReader());
        }
        catch (DuckDBException e)
        {
            command.Dispose();
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
        CloseSandbox();
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

    void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static string FirstLine(string message) => message.Split('\n')[0].Trim();

    /// <summary>Closes the connection and deletes the private export directory, if any.</summary>
    public void Dispose()
    {
        connection.Dispose();
        if (exportDirectory is not null) Directory.Delete(exportDirectory, recursive: true);
    }
}
