namespace PressMine.Tests.Clean;

/// <summary>Finds the real seed pages (shared/seeds) by walking up from the test binaries; null when absent.</summary>
internal static class SeedLocator
{
    public static string? SeedsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static string? Seed(string prefix)
    {
        var dir = SeedsDirectory();
        return dir is null ? null : Directory.GetFiles(dir, prefix + "_*.txt").FirstOrDefault();
    }
}
