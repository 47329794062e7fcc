using PressMine.Records;
using PressMine.Sink;

namespace PressMine.Tests.Sink;

/// <summary>The .duckdb copy of the tables costs about what the Parquet files do, not three times as much.</summary>
public class DatabaseFileSizeTests
{
    [SkippableFact]
    public void Real_chinese_text_is_stored_compressed_in_the_duckdb_file()
    {
        var transcripts = Directory.GetFiles(Path.Combine(Requires.DevPages(), "xwlb"), "*.md").Order(StringComparer.Ordinal).Take(150).ToList();
        Assert.Equal(150, transcripts.Count);
        var pages = transcripts.Select((file, i) => new ProcessedPage(
            new Article { Id = $"x{i:D3}", SourcePath = Path.GetFileName(file), Status = ArticleStatus.Ok, Title = $"t{i}", Body = File.ReadAllText(file) },
            [], null, "00")).ToList();

        var dataset = PublishedDataset.Write(pages, new HashSet<OutputFormat> { OutputFormat.Parquet });

        long database = new FileInfo(Path.Combine(dataset, DatabaseFile.Name)).Length;
        long parquet = new FileInfo(Path.Combine(dataset, "articles.parquet")).Length;
        // DuckDB's default storage format held these bodies at ≈ 3.4× their Parquet size; the fixed part is the
        // file's blocks for the schema, views and the small facts table.
        Assert.InRange(database, 1, 3 * parquet / 2 + (1 << 20));
    }
}
