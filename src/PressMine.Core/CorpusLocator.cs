namespace PressMine;

/// <summary>Finds the bundled corpus: beside the current directory or the program, walking up.</summary>
public static class CorpusLocator
{
    /// <summary>The source tree's corpus directory (one holding pages/), walking up from the current directory and then from the program's; null when none is found.</summary>
    public static string? FindCorpusDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "corpus");
                if (Directory.Exists(Path.Combine(candidate, "pages"))) return candidate;
            }
        return null;
    }

    /// <summary>A data file shipped with the build (bin/corpus/...), else from the source corpus.</summary>
    public static string? DataFile(params string[] relative)
    {
        var beside = Path.Combine([AppContext.BaseDirectory, "corpus", .. relative]);
        if (File.Exists(beside)) return beside;
        var corpus = FindCorpusDirectory();
        var inCorpus = corpus is null ? null : Path.Combine([corpus, .. relative]);
        return inCorpus is not null && File.Exists(inCorpus) ? inCorpus : null;
    }
}
