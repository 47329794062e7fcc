namespace PressMine.Pipeline;

/// <summary>
/// How the dataset writes where a page came from: relative to the input root given on the command line (a directory:
/// the path below it; a file: its name), so a dataset does not carry the builder's directories; absolute on request.
/// A WARC record keeps its <c>#record-id</c> suffix either way.
/// </summary>
sealed class SourcePathStyle
{
    readonly IReadOnlyList<(string Given, string Full)> roots;
    readonly bool absolute;

    public SourcePathStyle(IEnumerable<string> inputs, bool absolute)
    {
        this.absolute = absolute;
        roots = inputs.Select(i => (i, Path.TrimEndingDirectorySeparator(Path.GetFullPath(i))))
            .OrderByDescending(r => r.Item2.Length).ToList(); // the innermost root wins when roots nest
    }

    public string For(string sourcePath)
    {
        foreach (var (given, full) in roots)
            foreach (var root in new[] { full, given })
            {
                if (sourcePath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    return absolute ? full + sourcePath[root.Length..] : sourcePath[(root.Length + 1)..];
                if (sourcePath == root || sourcePath.StartsWith(root + "#", StringComparison.Ordinal))
                    return (absolute ? full : Path.GetFileName(full)) + sourcePath[root.Length..];
            }
        return absolute && !Path.IsPathRooted(sourcePath) ? Path.GetFullPath(sourcePath) : sourcePath;
    }

    /// <summary>An input root as the manifest records it: relative to the current directory when inside it, else as given.</summary>
    public string Root(string input)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
        if (absolute) return full;
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? input : relative;
    }
}
