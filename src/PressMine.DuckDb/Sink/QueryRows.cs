using System.Collections;
using System.Data.Common;
using DuckDB.NET.Data;

namespace PressMine.Sink;

/// <summary>The result of a query: column names and rows of plain values (DBNull as null).</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// The rows of one running SELECT, read once, in order, as they are enumerated; dispose it to end the query.
/// DuckDB errors met while reading (a bad cast in row 10,000) surface as <see cref="QueryException"/>.
/// </summary>
public sealed class QueryRows : IEnumerable<object?[]>, IDisposable
{
    readonly DbCommand command;
    readonly DbDataReader reader;
    bool started;

    internal QueryRows(DbCommand command, DbDataReader reader)
    {
        this.command = command;
        this.reader = reader;
        Columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }

    /// <summary>Column names of the result, in SELECT order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows, one array of values per row (null for SQL NULL, long for a HUGEINT that fits); throws when enumerated a second time.</summary>
    public IEnumerator<object?[]> GetEnumerator()
    {
        if (started) throw new InvalidOperationException("the rows of a query can be read once");
        started = true;
        while (Next())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Plain(reader.GetValue(i));
            yield return row;
        }
    }

    bool Next()
    {
        try { return reader.Read(); }
        catch (DuckDBException e) { throw new QueryException(DatasetQuery.FirstLine(e.Message)); }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>DuckDB's HUGEINT (sum of integers) arrives as BigInteger; give callers a long when it fits.</summary>
    static object Plain(object value) =>
        value is System.Numerics.BigInteger big && big >= long.MinValue && big <= long.MaxValue ? (long)big : value;

    /// <summary>Ends the query: closes the reader and its command.</summary>
    public void Dispose()
    {
        reader.Dispose();
        command.Dispose();
    }
}
