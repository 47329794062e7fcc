using PressMine.Records;

namespace PressMine.Sink;

/// <summary>How the tables are written: which file formats, whether a tokens table, how CSV files are written.</summary>
/// <param name="Formats">Table file formats besides the .duckdb file (Parquet is always among them).</param>
/// <param name="Tokens">Write the tokens table too.</param>
/// <param name="Csv">How CSV files are written; null for <see cref="CsvOptions.Default"/>.</param>
/// <param name="MemoryLimit">What the sink may hold in memory before it spills to disk (<see cref="Sink.MemoryLimit"/>).</param>
public sealed record TableOptions(IReadOnlySet<OutputFormat> Formats, bool Tokens, CsvOptions? Csv = null, MemoryLimit? MemoryLimit = null);

/// <summary>
/// The sink of a run: writes the articles, facts (and tokens) tables of the processed pages into a staging
/// directory, marking the given duplicates. Implemented over DuckDB in PressMine.DuckDb.
/// </summary>
public interface IDatasetTables
{
    /// <summary>Writes the tables into directory; duplicates maps a duplicate article id to the id of its kept copy. Returns the rows written to the articles and facts tables.</summary>
    (int Articles, int Facts) Write(string directory, TableOptions options, IEnumerable<ProcessedPage> pages,
        IReadOnlyDictionary<string, string> duplicates);
}
