namespace PressMine.Fuzz;

/// <summary>Where the repository, its corpus and this project's crasher files are, seen from the test binary.</summary>
public static class FuzzPaths
{
    public static string RepoRoot { get; } = FindUp("PressMine.sln") ?? throw new InvalidOperationException("repository root not found");
    public static string ProjectDir => Path.Combine(RepoRoot, "tests", "PressMine.Fuzz");
    public static string Crashers => Path.Combine(ProjectDir, "crashers");
    public static string CorpusPages => Path.Combine(RepoRoot, "corpus", "pages");

    static string? FindUp(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, file))) return dir.FullName;
        return null;
    }
}
