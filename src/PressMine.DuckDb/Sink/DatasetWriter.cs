using DuckDB.NET.Data;
using PressMine.Records;

namespace PressMine.Sink;

/// <summary>
/// Writes the dataset tables into a directory through an embedded DuckDB: the .duckdb file, Parquet files,
/// and JSON Lines or CSV on request. The directory is a staging directory; <see cref="AtomicDirectory"/> publishes it.
/// </summary>
internal sealed class DatasetWriter(string directory, IReadOnlySet<OutputFormat> formats, bool writeTokens, CsvOptions? csv = null,
    MemoryLimit? memoryLimit = null)
{
    public (int Articles, int Facts) Write(IEnumerable<ProcessedPage> pages, IReadOnlyDictionary<string, string> duplicates)
    {
        var dbPath = Path.Combine(directory, DatabaseFile.Name);
        File.Delete(dbPath);
        File.Delete(dbPath + ".wal");
        int articleCount = 0, factCount = 0;
        using (var connection = new DuckDBConnection(DatabaseFile.WriterConnectionString(dbPath)))
        {
            connection.Open();
            // Spills go to a directory of the staging dataset, removed below; the limit is the parsed size, not user text.
            TableExport.Execute(connection, $"SET temp_directory = '{SpillDirectory.Replace("'", "''")}'");
            TableExport.Execute(connection, $"SET memory_limit = '{(memoryLimit ?? MemoryLimit.Default).ToDuckDb()}'");
            TableExport.Execute(connection, DatasetSchema.Articles);
            TableExport.Execute(connection, DatasetSchema.Facts);
            if (writeTokens) TableExport.Execute(connection, DatasetSchema.Tokens);
            using (var articles = connection.CreateAppender("articles"))
            using (var facts = connection.CreateAppender("facts"))
            using (var tokens = writeTokens ? connection.CreateAppender("tokens") : null)
            {
                foreach (var page in pages)
                {
                    var article = duplicates.TryGetValue(page.Article.Id, out var canonical)
                        ? page.Article with { Status = ArticleStatus.Duplicate, DuplicateOf = canonical }
                        : page.Article;
                    AppendArticle(articles, article);
                    articleCount++;
                    foreach (var fact in page.Facts) { AppendFact(facts, fact); factCount++; }
                    if (tokens is not null && page.Tokens is not null)
                        tokens.CreateRow().AppendValue(article.Id).AppendValue(page.Tokens).EndRow();
                }
            }
            foreach (var view in DatasetSchema.Views) TableExport.Execute(connection, view);
            var tables = writeTokens ? new[] { "articles", "facts", "tokens" } : ["articles", "facts"];
            TableExport.Export(connection, directory, tables, formats, csv);
            TableExport.Execute(connection, "CHECKPOINT");
        }
        if (Directory.Exists(SpillDirectory)) Directory.Delete(SpillDirectory, recursive: true);
        return (articleCount, factCount);
    }

    string SpillDirectory => Path.Combine(directory, DatabaseFile.Name + ".spill");

    static void AppendArticle(DuckDB.NET.Data.DuckDBAppender appender, Article a)
    {
        var published = PublishTime.Parse(a.PublishedAt);
        appender.CreateRow()
            .AppendValue(a.Id).AppendValue(a.SourcePath).AppendValue(a.Url).AppendValue(a.Site)
            .AppendValue(a.Status).AppendValue(a.Reason).AppendValue(a.DuplicateOf).AppendValue(a.Title)
            .AppendValue(published?.At).AppendValue(published?.Date).AppendValue(published?.Precision)
            .AppendValue(published is null ? null : a.PublishedAtBasis)
            .AppendValue(a.Source).AppendValue(a.Author).AppendValue(a.Editor)
            .AppendValue(a.Body).AppendValue(a.Province).AppendValue(a.City).AppendValue(a.County)
            .AppendValue(a.DivisionCode).AppendValue(a.Topic).AppendValue(a.TopicScore).AppendValue(a.Encoding)
            .EndRow();
    }

    static void AppendFact(DuckDB.NET.Data.DuckDBAppender appender, Fact f) =>
        appender.CreateRow()
            .AppendValue(f.ArticleId).AppendValue(f.Metric).AppendValue(f.Measure).AppendValue(f.Kind).AppendValue(f.Value)
            .AppendValue(f.Unit).AppendValue(UnitClasses.Default.ClassOf(f.Metric, f.Unit)).AppendValue(f.Approx)
            .AppendValue(Day(f.AsOf)).AppendValue(Day(f.Since))
            .AppendValue(f.Place).AppendValue(f.DivisionCode).AppendValue(f.Evidence).AppendValue(f.Start).AppendValue(f.End)
            .AppendValue(f.IsBreakdown)
            .EndRow();

    static DateOnly? Day(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
