using PressMine.Records;

namespace PressMine.Sink;

/// <summary>The dataset tables written through DuckDB (<see cref="DatasetWriter"/>): Parquet, the .duckdb file, JSONL/CSV.</summary>
public sealed class DuckDbTables : IDatasetTables
{
    public static readonly DuckDbTables Instance = new();

    public (int Articles, int Facts) Write(string directory, TableOptions options, IEnumerable<ProcessedPage> pages,
        IReadOnlyDictionary<string, string> duplicates) =>
        new DatasetWriter(directory, options.Formats, options.Tokens, options.Csv, options.MemoryLimit).Write(pages, duplicates);
}
