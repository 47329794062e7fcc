using PressMine.Records;

namespace PressMine.Sources;

/// <summary>
/// Files and directories of pages, page dumps and WARC archives, in a stable order. Every regular file under an input
/// directory is an input (its kind told by <see cref="InputSniffer"/>), narrowed by the include globs when given; what
/// cannot be read (an unreadable directory, a FIFO, a device) still comes out as a page with a reason.
/// </summary>
public sealed class FileSystemSource(IReadOnlyList<string> inputs, long maxPageBytes = 64L << 20,
    IReadOnlyList<string>? include = null, WarcLimits? warcLimits = null) : IPageSource
{
    /// <summary>Every input path, expanded from directories, sorted so shards and reruns see the same order.</summary>
    public IEnumerable<WalkEntry> Entries()
    {
        var walker = new DirectoryWalker(GlobPattern.AnyOf(include ?? []));
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var entry in walker.Walk(input)) yield return entry;
                continue;
            }
            // A named file is always an input, whatever its name: it must get a row.
            var status = FileStatus.Of(input);
            yield return new WalkEntry(input, status.IsRegular ? null
                : status.Type == FileStatus.Kind.Missing ? "file not found" : $"not a regular file ({status.Describe()}); not opened");
        }
    }

    /// <summary>Pages from every input file in turn; files that cannot be opened yield a page with a read error.</summary>
    public IEnumerable<RawPage> Read(CancellationToken cancel = default)
    {
        foreach (var entry in Entries())
        {
            cancel.ThrowIfCancellationRequested();
            if (entry.Problem is not null)
            {
                yield return Unreadable(entry.Path, entry.Problem);
                continue;
            }
            InputKind kind;
            try
            {
                kind = InputSniffer.Kind(entry.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                kind = InputKind.Html; // ReadFile reports why it cannot be read
            }
            if (kind is InputKind.Warc or InputKind.WarcGzip)
            {
                foreach (var page in new WarcSource(entry.Path, warcLimits, kind == InputKind.WarcGzip).Read(cancel)) yield return page;
                continue;
            }
            yield return ReadFile(entry.Path, kind == InputKind.TextDump);
        }
    }

    static RawPage Unreadable(string path, string reason) => new(RawPage.IdFor(path), path, path, null, [], null, false, null, reason);

    RawPage ReadFile(string path, bool isText)
    {
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
