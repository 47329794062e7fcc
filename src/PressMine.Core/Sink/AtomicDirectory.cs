namespace PressMine.Sink;

/// <summary>
/// A dataset is built in "&lt;out&gt;.partial" and published by renaming it to "&lt;out&gt;", with manifest.json
/// written last: a killed run leaves a .partial directory (which the next run resumes), never a dataset
/// without its manifest that looks complete.
/// </summary>
public static class AtomicDirectory
{
    internal static string StagingFor(string outDir) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir)) + ".partial";

    internal static void Publish(string staging, string outDir)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        string? old = null;
        if (Directory.Exists(target))
        {
            old = target + ".old-" + Environment.ProcessId;
            Directory.Move(target, old);
        }
        Directory.Move(staging, target);
        if (old is not null) Directory.Delete(old, recursive: true);
    }

    /// <summary>True when the directory holds a finished dataset.</summary>
    public static bool IsComplete(string outDir) => File.Exists(Path.Combine(outDir, Manifest.FileName));
}
