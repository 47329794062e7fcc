using System.Text.RegularExpressions;
using PressMine.Tests.Sources;
using Xunit.Abstractions;

namespace PressMine.Tests.Packaging;

/// <summary>
/// The packed PressMine.Core, used the way a C# user would: packed to a local feed, the README's sample built against
/// it offline (the feed plus the packages this machine already restored), run on a generated page.
/// </summary>
[Collection(PackedFeed.Collection)]
public partial class PackageConsumerTests(PackedFeed feed, ITestOutputHelper output)
{
    /// <summary>Measured 37 MB (AngleSharp, jieba, ML.NET, the data files); with DuckDB's native library it was 362 MB.</summary>
    const long MaxBinBytes = 64L << 20;

    [Fact]
    public void The_readme_sample_builds_against_the_packed_core_and_runs_without_duckdb()
    {
        Assert.True(File.Exists(Path.Combine(feed.Directory, $"PressMine.Core.{feed.Version}.nupkg")));
        var app = feed.ConsumerApp("core-app", "PressMine.Core", ReadmeSample());
        Dotnet.Run(app, output.WriteLine, "build", "-c", "Release", "-o", Path.Combine(app, "out"));

        var work = TestPaths.NewTempDir();
        var pages = Path.Combine(work, "pages");
        Directory.CreateDirectory(pages);
        File.WriteAllText(Path.Combine(pages, "article.html"), DirectoryInputTests.Article);
        File.WriteAllText(Path.Combine(pages, "article-copy.html"), DirectoryInputTests.Article);
        File.WriteAllText(Path.Combine(pages, "short.html"),
            """
            <html><head><meta charset="utf-8"><title>县市场监管局检查农贸市场</title></head><body><h1>县市场监管局检查农贸市场</h1>
            <div class="content"><p>县市场监管局近日组织执法人员对城区农贸市场开展专项检查，共检查经营户36家，发现问题5个，已全部督促整改到位。相关负责人表示将持续开展检查。</p></div></body></html>
            """); // an article of 70 characters: clean keeps it, the sample's own filter drops it
        var printed = Dotnet.Run(work, output.WriteLine, Path.Combine(app, "out", "Consumer.dll"), pages);

        Assert.Matches(@"\w+=\d", printed); // the article's facts, metric=value
        Assert.Contains("decode: 3 in, 0 dropped", printed);
        Assert.Contains("short.html: dropped by min-body: body under 80 characters", printed);
        Assert.Contains("min-body: 3 in, 1 dropped", printed);
        Assert.Contains("extract: 2 in, 0 dropped", printed);
        Assert.Contains("dedup: 2 in, 1 dropped", printed);
        Assert.Matches(@"article(-copy)?\.html: repeats article \w+", printed);
        var bin = new DirectoryInfo(Path.Combine(app, "out"));
        var files = bin.EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        Assert.DoesNotContain(files, f => f.Name.Contains("duckdb", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(files, f => f.Name == "userdict.txt"); // the data came with the package
        long bytes = files.Sum(f => f.Length);
        output.WriteLine($"consumer bin: {files.Count} files, {bytes:N0} bytes");
        Assert.InRange(bytes, 1, MaxBinBytes);
    }

    /// <summary>The C# block of README.md between the sample:consumer markers.</summary>
    static string ReadmeSample()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var match = SampleBlock().Match(readme);
        Assert.True(match.Success, "README.md has no <!-- sample:consumer --> block");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"<!-- sample:consumer -->\s*```csharp\n(.*?)```\s*<!-- /sample:consumer -->", RegexOptions.Singleline)]
    private static partial Regex SampleBlock();
}
