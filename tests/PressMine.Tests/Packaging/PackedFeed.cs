using System.Diagnostics;
using System.Reflection;

namespace PressMine.Tests.Packaging;

/// <summary>
/// A local NuGet feed holding PressMine.Core and PressMine.DuckDb, packed once per test run (from the build under
/// test, --no-build) and shared by the consumer tests of the <see cref="Collection"/> collection.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public const string Collection = "packed feed";

    public string Work { get; } = TestPaths.NewTempDir();
    public string Directory => Path.Combine(Work, "feed");
    public string Version { get; } = typeof(PressMine.Clean.PageCleaner).Assembly.GetName().Version!.ToString(3);

    public PackedFeed()
    {
        var configuration = typeof(PressMine.Clean.PageCleaner).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        foreach (var project in new[] { "PressMine.Core", "PressMine.DuckDb" })
            Dotnet.Run(TestPaths.RepoRoot, null, "pack", Path.Combine(TestPaths.RepoRoot, "src", project, project + ".csproj"),
                "-c", configuration, "--no-build", "-o", Directory);
    }

    /// <summary>
    /// A console app in <paramref name="name"/> under the work directory: <paramref name="program"/> as Program.cs,
    /// referencing <paramref name="package"/> from this feed, restored offline (the feed plus the packages this machine
    /// already restored). <paramref name="properties"/> go into its PropertyGroup. Returns the app's directory.
    /// </summary>
    public string ConsumerApp(string name, string package, string program, string properties = "")
    {
        var app = Path.Combine(Work, name);
        System.IO.Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "Program.cs"), program);
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{Path.Combine(Work, "packages")}</RestorePackagesPath>
                {properties}
              </PropertyGroup>
              <ItemGroup><PackageReference Include="{package}" Version="{Version}" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{Directory}" />
                <add key="restored" value="{GlobalPackagesFolder()}" />
              </packageSources>
            </configuration>
            """);
        return app;
    }

    static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Work, recursive: true); }
        catch (IOException) { } // a consumer process still closing its files; the temp directory is reclaimed later
    }
}

[CollectionDefinition(PackedFeed.Collection)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>;

/// <summary>Runs the dotnet host in a separate process, without the test host's MSBuild settings.</summary>
public static class Dotnet
{
    /// <summary>The process's standard output; fails the test when it exits with a non-zero code.</summary>
    public static string Run(string workingDirectory, Action<string>? log, params string[] args)
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
        log?.Invoke($"dotnet {string.Join(' ', args)} → {process.ExitCode}");
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed:\n{stdout}\n{stderr.Result}");
        return stdout;
    }
}
