namespace PressMine.Sink;

/// <summary>An output directory PressMine refuses to write, with the reason in words.</summary>
public class OutputRefusedException(string message) : InvalidOperationException(message);

/// <summary>
/// Decides whether a dataset may be published at an output directory. PressMine replaces only what it wrote
/// itself: a directory that holds anything but a previous dataset's files, that holds an input, or that holds the
/// current directory is refused before any work starts.
/// </summary>
public static class OutputDirectoryGuard
{
    /// <summary>File names a published dataset (and `pressmine report`) may hold.</summary>
    static readonly string[] DatasetFilePrefixes = ["articles.", "facts.", "tokens.", "pressmine.duckdb", Manifest.FileName, "signatures.bin", "report.html",
        Staging.StagingLock.FileName]; // the lock is deleted right after the rename; a crash in between leaves it

    /// <summary>Throws <see cref="OutputRefusedException"/> when publishing at <paramref name="outDir"/> could lose data.</summary>
    public static void Check(string outDir, IEnumerable<string> inputs, string? currentDirectory = null)
    {
        var target = Normalize(outDir);
        var cwd = Normalize(currentDirectory ?? Directory.GetCurrentDirectory());
        if (IsSameOrInside(cwd, target))
            throw new OutputRefusedException($"--out '{outDir}' is or contains the current directory; choose a new directory for the dataset");
        var staging = AtomicDirectory.StagingFor(target);
        foreach (var input in inputs)
            if (IsSameOrInside(Normalize(input), target) || IsSameOrInside(Normalize(input), staging))
                throw new OutputRefusedException($"--out '{outDir}' holds the input '{input}'; PressMine would replace it. Choose a directory outside the inputs");
        if (File.Exists(target))
            throw new OutputRefusedException($"--out '{outDir}' is a file, not a directory");
        if (!Directory.Exists(target)) return;

        var entries = Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName).ToList();
        if (entries.Count == 0) return;
        if (!File.Exists(Path.Combine(target, Manifest.FileName)))
            throw new OutputRefusedException($"--out '{outDir}' exists and is not a PressMine dataset (no {Manifest.FileName}); PressMine never replaces a directory it did not write");
        var foreign = entries.Where(name => !DatasetFilePrefixes.Any(p => name!.StartsWith(p, StringComparison.Ordinal))).ToList();
        if (foreign.Count > 0)
            throw new OutputRefusedException($"--out '{outDir}' is a PressMine dataset but also holds files PressMine did not write ({string.Join(", ", foreign.Take(5))}); move them away first");
    }

    static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    static bool IsSameOrInside(string path, string directory) =>
        path == directory || path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
