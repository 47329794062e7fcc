using PressMine.Pipeline;
using PressMine.Places;
using PressMine.Sink;
using PressMine.Tests.Sources;
using Xunit.Abstractions;

namespace PressMine.Tests.Packaging;

/// <summary>
/// The packed PressMine.DuckDb (with PressMine.Core under it), used the way a C# user would: a small app built against
/// the local feed writes one page's dataset through <see cref="DuckDbTables"/> and queries it with
/// <see cref="DatasetQuery"/>. What it prints must equal what the same calls print in this process, against the projects.
/// </summary>
[Collection(PackedFeed.Collection)]
public class DuckDbPackageConsumerTests(PackedFeed feed, ITestOutputHelper output)
{
    const string Program = """"
        using PressMine.Pipeline;
        using PressMine.Places;
        using PressMine.Sink;

        // args: the pages directory, the dataset directory to write.
        var summary = new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance)
            .Run(new RunOptions { Inputs = [args[0]], OutDir = args[1], Parallelism = 1 });
        Console.WriteLine($"run: {summary.Articles} articles, {summary.Ok} ok, {summary.Facts} facts");
        using var query = new DatasetQuery(args[1]);
        foreach (var row in query.Run(
            "SELECT source_path, status, title, strftime(published_at, '%Y-%m-%d %H:%M') FROM articles ORDER BY source_path").Rows)
            Console.WriteLine($"article {string.Join(" | ", row)}");
        foreach (var row in query.Run("""
            SELECT f.metric, f.value, f.evidence = substring(a.body, f.evidence_start + 1, f.evidence_end - f.evidence_start)
            FROM facts f JOIN articles a ON a.id = f.article_id ORDER BY f.evidence_start, f.metric, f.value
            """).Rows)
            Console.WriteLine($"fact {row[0]}={row[1]} evidence-at-offsets={row[2]}");
        try { query.Run("DROP VIEW facts_unique"); Console.WriteLine("drop: allowed"); }
        catch (QueryException) { Console.WriteLine("drop: refused"); }
        """";

    [Fact]
    public void An_app_against_the_packed_duckdb_package_writes_a_dataset_and_queries_it()
    {
        Assert.True(File.Exists(Path.Combine(feed.Directory, $"PressMine.DuckDb.{feed.Version}.nupkg")));
        var app = feed.ConsumerApp("duckdb-app", "PressMine.DuckDb", Program,
            // Only the host's DuckDB native library, as the command does; without it every platform's comes along.
            "<RuntimeIdentifier>$(NETCoreSdkRuntimeIdentifier)</RuntimeIdentifier>");
        var bin = Path.Combine(app, "out");
        Dotnet.Run(app, output.WriteLine, "build", "-c", "Release", "-o", bin);

        var work = TestPaths.NewTempDir();
        var pages = Path.Combine(work, "pages");
        Directory.CreateDirectory(pages);
        File.WriteAllText(Path.Combine(pages, "article.html"), DirectoryInputTests.Article);
        var dataset = Path.Combine(work, "dataset");
        var printed = Lines(Dotnet.Run(work, output.WriteLine, Path.Combine(bin, "Consumer.dll"), pages, dataset));
        foreach (var line in printed) output.WriteLine(line);

        Assert.Equal(InProcess(pages, Path.Combine(work, "dataset-here")), printed);
        Assert.Contains(printed, l => l.StartsWith("run: 1 articles, 1 ok, ", StringComparison.Ordinal));
        Assert.Contains("article article.html | ok | 区市场监管局开展食品安全专项检查 | 2023-05-12 09:30", printed);
        var facts = printed.Where(l => l.StartsWith("fact ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.EndsWith("evidence-at-offsets=True", f));
        Assert.Contains("drop: refused", printed);
        foreach (var file in new[] { "pressmine.duckdb", "articles.parquet", "facts.parquet", Manifest.FileName })
            Assert.True(File.Exists(Path.Combine(dataset, file)), $"the dataset has no {file}");
        var binFiles = new DirectoryInfo(bin).EnumerateFiles("*", SearchOption.AllDirectories).Select(f => f.Name).ToList();
        Assert.Contains(binFiles, n => n is "libduckdb.so" or "libduckdb.dylib" or "duckdb.dll"); // the native engine came along
    }

    /// <summary>The consumer's calls, made here against the projects under test.</summary>
    static List<string> InProcess(string pages, string dataset)
    {
        var lines = new List<string>();
        var summary = new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance)
            .Run(new RunOptions { Inputs = [pages], OutDir = dataset, Parallelism = 1 });
        lines.Add($"run: {summary.Articles} articles, {summary.Ok} ok, {summary.Facts} facts");
        using var query = new DatasetQuery(dataset);
        foreach (var row in query.Run(
            "SELECT source_path, status, title, strftime(published_at, '%Y-%m-%d %H:%M') FROM articles ORDER BY source_path").Rows)
            lines.Add($"article {string.Join(" | ", row)}");
        foreach (var row in query.Run("""
            SELECT f.metric, f.value, f.evidence = substring(a.body, f.evidence_start + 1, f.evidence_end - f.evidence_start)
            FROM facts f JOIN articles a ON a.id = f.article_id ORDER BY f.evidence_start, f.metric, f.value
            """).Rows)
            lines.Add($"fact {row[0]}={row[1]} evidence-at-offsets={row[2]}");
        try { query.Run("DROP VIEW facts_unique"); lines.Add("drop: allowed"); }
        catch (QueryException) { lines.Add("drop: refused"); }
        return lines;
    }

    static List<string> Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
}
