namespace PressMine.Evaluation.RealPages;

/// <summary>Finds the shared real pages (../shared/devpages beside the checkout) and the gold file annotating them.</summary>
public static class DevPagesLocator
{
    /// <summary>File name of the real-page gold under corpus/realpages/.</summary>
    public const string GneGoldFile = "gne-gold.jsonl";

    /// <summary>The first shared/devpages found walking up from the current directory or the program; null when absent.</summary>
    public static string? FindDevPages()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "devpages");
                if (Directory.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>corpus/realpages/gne-gold.jsonl of the source tree, or null.</summary>
    public static string? FindGold(string? corpusDir)
    {
        var file = corpusDir is null ? null : Path.Combine(corpusDir, "realpages", GneGoldFile);
        return file is not null && File.Exists(file) ? file : null;
    }
}
