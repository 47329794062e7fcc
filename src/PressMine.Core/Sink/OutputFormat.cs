namespace PressMine.Sink;

/// <summary>The table file formats a dataset can be written in (Parquet always, JSON Lines or CSV on request).</summary>
public enum OutputFormat
{
    /// <summary>Parquet (zstd), one file per table; always written.</summary>
    Parquet,
    /// <summary>JSON Lines, one object per row; times in China time, ISO 8601.</summary>
    Jsonl,
    /// <summary>CSV with a header row; see <see cref="CsvOptions"/> for the byte-order mark and formula guard.</summary>
    Csv,
}
