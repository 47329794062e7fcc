using PressMine.Records;

namespace PressMine.Sink;

/// <summary>The dataset tables written through DuckDB (<see cref="DatasetWriter"/>): Parquet, the .duckdb file, JSONL/CSV.</summary>
public sealed class DuckDbTables : IDatasetTables
{
    /// <summary>The one instance; the writer keeps no state between calls.</summary>
    public static readonly DuckDbTables Instance = new();

    /// <summary>Writes the pages' rows into directory (replacing an earlier pressmine.duckdb there) with the formats and options given; duplicates maps a duplicate article id to its canonical id. Returns the rows written to the articles and facts tables.</summary>
    public (int Articles, int Facts) Write(string directory, TableOptions options, IEnumerable<ProcessedPage> pages,
        IReadOnlyDictionary<string, string> duplicates) =>
        new DatasetWriter(directory, options.Formats, options.Tokens, options.Csv, options.MemoryLimit).Write(pages, duplicates);
}
