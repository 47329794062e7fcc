using PressMine.Records;

namespace PressMine.Sources;

/// <summary>Files and directories of .html/.htm/.txt page dumps and .warc/.warc.gz archives, in a stable order.</summary>
public sealed class FileSystemSource(IReadOnlyList<string> inputs, long maxPageBytes = 64L << 20) : IPageSource
{
    static readonly string[] PageExtensions = [".html", ".htm", ".txt"];

    public static bool IsWarc(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    public static bool IsPage(string path) =>
        PageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every input file, expanded from directories, sorted so shards and reruns see the same order.</summary>
    public IEnumerable<string> Files()
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => IsPage(f) || IsWarc(f))
                    .Order(StringComparer.Ordinal);
                foreach (var f in found) yield return f;
            }
            else
            {
                // A named file is always an input, even with an unknown extension: it must get a row.
                yield return input;
            }
        }
    }

    public IEnumerable<RawPage> Read(CancellationToken cancel = default)
    {
        foreach (var path in Files())
        {
            cancel.ThrowIfCancellationRequested();
            if (IsWarc(path) && File.Exists(path))
            {
                foreach (var page in new WarcSource(path).Read(cancel)) yield return page;
                continue;
            }
            yield return ReadFile(path);
        }
    }

    RawPage ReadFile(string path)
    {
        bool isText = path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
        string? error = null;
        byte[] bytes = [];
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) error = "file not found";
            else if (info.Length > maxPageBytes) error = $"file too large ({info.Length:N0} bytes; limit {maxPageBytes:N0})";
            else bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read file: {e.Message}";
        }
        return new RawPage(RawPage.IdFor(path), path, path, null, bytes, null, isText, null, error);
    }
}
