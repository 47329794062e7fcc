namespace PressMine.Sources;

/// <summary>A path found under an input directory: a regular file to read, or a reason it cannot be.</summary>
public sealed record WalkEntry(string Path, string? Problem);

/// <summary>
/// Lists the files under a directory, treating the tree as hostile. Each directory is entered once by its (device, inode),
/// so symbolic-link loops end; directories reached by their own path are walked before links into them, and a file
/// reached again through a link is listed once. An unreadable directory and a non-regular file (FIFO, device, socket,
/// broken link) are entries with a problem and are never opened. The result is sorted by path.
/// </summary>
internal sealed class DirectoryWalker(Func<string, bool>? include = null, int maxDepth = 100)
{
    sealed record Found(string Path, string? Problem, FileStatus Status, bool ViaLink);


    /// <summary>Every file under <paramref name="root"/> down to the depth limit, sorted by path; what cannot be read is an entry with a problem.</summary>
    public IReadOnlyList<WalkEntry> Walk(string root)
    {
        var rootStatus = FileStatus.Of(root);
        var visitedDirs = new HashSet<(ulong, ulong)> { (rootStatus.Device, rootStatus.Inode) };
        var found = new List<Found>();
        var direct = new Stack<Pending>();
        var links = new Queue<Pending>();
        direct.Push(new Pending(root, 0, false, rootStatus));
        while (Next(direct, links, visitedDirs) is { } pending)
        {
            List<FileSystemInfo> children;
            try
            {
                children = new DirectoryInfo(pending.Dir).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                found.Add(new Found(pending.Dir, $"cannot read directory: {e.Message}", default, pending.ViaLink));
                continue;
            }
            foreach (var child in children)
            {
                bool isLink = child.LinkTarget is not null;
                var status = FileStatus.Of(child.FullName);
                if (status.Type == FileStatus.Kind.Directory)
                {
                    var sub = new Pending(child.FullName, pending.Depth + 1, pending.ViaLink || isLink, status);
                    if (sub.Depth > maxDepth)
                        found.Add(new Found(child.FullName, $"directory nested deeper than {maxDepth} levels; not walked", status, sub.ViaLink));
                    else if (isLink) links.Enqueue(sub);
                    else if (visitedDirs.Add((status.Device, status.Inode))) direct.Push(sub);
                    continue;
                }
                if (include is not null && !include(Path.GetRelativePath(root, child.FullName))) continue;
                string? problem = status.IsRegular ? null : $"not a regular file ({status.Describe()}); not opened";
                found.Add(new Found(child.FullName, problem, status, pending.ViaLink || isLink));
            }
        }
        return OncePerRealFile(found);
    }

    sealed record Pending(string Dir, int Depth, bool ViaLink, FileStatus Status);

    /// <summary>
    /// Directories reached by their own path first; a linked directory only once nothing else is left, and never one
    /// already visited (which is what ends a loop).
    /// </summary>
    static Pending? Next(Stack<Pending> direct, Queue<Pending> links, HashSet<(ulong, ulong)> visited)
    {
        if (direct.Count > 0) return direct.Pop();
        while (links.Count > 0)
        {
            var link = links.Dequeue();
            if (visited.Add((link.Status.Device, link.Status.Inode))) return link;
        }
        return null;
    }

    /// <summary>Every file reached by its own path, plus each other regular file once (by its first path through a link).</summary>
    static IReadOnlyList<WalkEntry> OncePerRealFile(List<Found> found)
    {
        var direct = found.Where(f => !f.ViaLink && f.Status.IsRegular).Select(f => (f.Status.Device, f.Status.Inode)).ToHashSet();
        var seenThroughLinks = new HashSet<(ulong, ulong)>();
        return found
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Where(f => !f.ViaLink || !f.Status.IsRegular ||
                        !direct.Contains((f.Status.Device, f.Status.Inode)) && seenThroughLinks.Add((f.Status.Device, f.Status.Inode)))
            .Select(f => new WalkEntry(f.Path, f.Problem))
            .ToList();
    }
}
