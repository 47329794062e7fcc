namespace PressMine.Tests;

/// <summary>Where the repository, the bundled corpus and the shared seeds are, seen from the test binary.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindUp("PressMine.sln") ?? throw new InvalidOperationException("repository root not found");

    public static string Corpus => Path.Combine(RepoRoot, "corpus");

    /// <summary>../shared/seeds beside the checkout, or null when this machine has none (the test then returns early).</summary>
    public static string? Seeds
    {
        get
        {
            for (var dir = new DirectoryInfo(RepoRoot); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "seeds");
                if (Directory.Exists(candidate)) return candidate;
            }
            return null;
        }
    }

    /// <summary>../shared/devpages beside the checkout (real third-party pages), or null when this machine has none.</summary>
    public static string? DevPages
    {
        get
        {
            for (var dir = new DirectoryInfo(RepoRoot); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "devpages");
                if (Directory.Exists(candidate)) return candidate;
            }
            return null;
        }
    }

    /// <summary>The seed page whose name starts with <paramref name="prefix"/> (e.g. "003"), or null when absent.</summary>
    public static string? Seed(string prefix) =>
        Seeds is { } dir ? Directory.GetFiles(dir, prefix.TrimEnd('_') + "_*.txt").FirstOrDefault() : null;

    public static string NewTempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pressmine-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    static string? FindUp(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, file))) return dir.FullName;
        return null;
    }
}
