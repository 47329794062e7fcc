using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using PressMine.Tests.Sources;
using Xunit.Abstractions;

namespace PressMine.Tests.Packaging;

/// <summary>
/// The packed PressMine.Core, used the way a C# user would: packed to a local feed, the README's sample built against
/// it offline (the feed plus the packages this machine already restored), run on a generated page.
/// </summary>
public partial class PackageConsumerTests(ITestOutputHelper output)
{
    /// <summary>Measured 37 MB (AngleSharp, jieba, ML.NET, the data files); with DuckDB's native library it was 362 MB.</summary>
    const long MaxBinBytes = 64L << 20;

    [Fact]
    public void The_readme_sample_builds_against_the_packed_core_and_runs_without_duckdb()
    {
        var work = TestPaths.NewTempDir();
        var feed = Path.Combine(work, "feed");
        var configuration = typeof(PressMine.Clean.PageCleaner).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        Run(TestPaths.RepoRoot, "pack", Path.Combine(TestPaths.RepoRoot, "src", "PressMine.Core", "PressMine.Core.csproj"),
            "-c", configuration, "--no-build", "-o", feed);
        var version = typeof(PressMine.Clean.PageCleaner).Assembly.GetName().Version!.ToString(3);
        Assert.True(File.Exists(Path.Combine(feed, $"PressMine.Core.{version}.nupkg")));

        var app = Path.Combine(work, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "Program.cs"), ReadmeSample());
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{Path.Combine(work, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup><PackageReference Include="PressMine.Core" Version="{version}" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{feed}" />
                <add key="restored" value="{GlobalPackagesFolder()}" />
              </packageSources>
            </configuration>
            """);
        Run(app, "build", "-c", "Release", "-o", Path.Combine(app, "out"));

        var pages = Path.Combine(work, "pages");
        Directory.CreateDirectory(pages);
        File.WriteAllText(Path.Combine(pages, "article.html"), DirectoryInputTests.Article);
        File.WriteAllText(Path.Combine(pages, "article-copy.html"), DirectoryInputTests.Article);
        File.WriteAllText(Path.Combine(pages, "short.html"),
            """
            <html><head><meta charset="utf-8"><title>县市场监管局检查农贸市场</title></head><body><h1>县市场监管局检查农贸市场</h1>
            <div class="content"><p>县市场监管局近日组织执法人员对城区农贸市场开展专项检查，共检查经营户36家，发现问题5个，已全部督促整改到位。相关负责人表示将持续开展检查。</p></div></body></html>
            """); // an article of 70 characters: clean keeps it, the sample's own filter drops it
        var printed = Run(work, Path.Combine(app, "out", "Consumer.dll"), pages);

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

    static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    string Run(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var a in args) info.ArgumentList.Add(a);
        // The test host's MSBuild settings must not leak into a separate build.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        output.WriteLine($"dotnet {string.Join(' ', args)} → {process.ExitCode}");
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed:\n{stdout}\n{stderr.Result}");
        return stdout;
    }
}
