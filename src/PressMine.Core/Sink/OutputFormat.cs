namespace PressMine.Sink;

/// <summary>The table file formats a dataset can be written in (Parquet always, JSON Lines or CSV on request).</summary>
public enum OutputFormat { Parquet, Jsonl, Csv }
