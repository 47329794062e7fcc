namespace PressMine.Sink.Staging;

/// <summary>
/// The "&lt;out&gt;.partial" directory a dataset is built in, opened only when it is PressMine's own (it holds the
/// marker, or nothing but PressMine's bookkeeping files). A staging directory built for other inputs, settings or
/// another command is cleared, with a notice saying what differs; one built for the same run keeps its resumable
/// files (the checkpoint) and loses everything else, so nothing stale can reach the published dataset.
/// The directory is locked (<see cref="StagingLock"/>) before it is judged, and until it is published or disposed.
/// </summary>
public sealed class StagingDirectory : IDisposable
{
    static readonly string[] Bookkeeping = [StagingFingerprint.FileName, InputListing.FileName, PendingListing, StagingLock.FileName];
    const string PendingListing = InputListing.FileName + ".new";

    readonly StagingLock heldLock;

    StagingDirectory(string path, StagingLock heldLock, StagingFingerprint fingerprint)
    {
        Path = path;
        this.heldLock = heldLock;
        Fingerprint = fingerprint;
    }

    /// <summary>The staging directory's full path ("&lt;out&gt;.partial").</summary>
    public string Path { get; }

    /// <summary>What this staging directory is built from, with the digest of the input files filled in.</summary>
    public StagingFingerprint Fingerprint { get; }

    /// <summary>
    /// Opens (or creates) "&lt;outDir&gt;.partial" and locks it; throws <see cref="OutputRefusedException"/> when it exists but
    /// is not PressMine's, <see cref="OutputLockedException"/> when another process holds it.
    /// </summary>
    /// <param name="outDir">The dataset directory the staging directory will be published as.</param>
    /// <param name="fingerprint">What this run builds; a staging directory built from something else is cleared.</param>
    /// <param name="inputFiles">The run's input files, listed and digested into the fingerprint.</param>
    /// <param name="resumable">File names kept when the staging directory was built by the same run (e.g. the checkpoint).</param>
    /// <param name="notice">Told, in words, when a staging directory from a different run is discarded.</param>
    public static StagingDirectory Open(string outDir, StagingFingerprint fingerprint, IEnumerable<InputFileStamp> inputFiles,
        IReadOnlyCollection<string> resumable, Action<string>? notice = null)
    {
        var path = AtomicDirectory.StagingFor(outDir);
        if (Directory.Exists(path) && !IsPressMines(path))
        {
            // A run publishing right now has removed its marker but still holds the lock: say that, not "foreign".
            if (File.Exists(System.IO.Path.Combine(path, StagingLock.FileName))) StagingLock.Acquire(path, outDir).Dispose();
            throw new OutputRefusedException(
                $"'{path}' exists but has no {StagingFingerprint.FileName}: PressMine (this version) did not make it, and never deletes " +
                "what it did not write. Move it away (or remove it if it is a staging directory of an older PressMine) and run again");
        }
        Directory.CreateDirectory(path);
        var heldLock = StagingLock.Acquire(path, outDir);
        try { return Judge(path, fingerprint, inputFiles, resumable, notice, heldLock); }
        catch
        {
            heldLock.Dispose();
            throw;
        }
    }

    static StagingDirectory Judge(string path, StagingFingerprint fingerprint, IEnumerable<InputFileStamp> inputFiles,
        IReadOnlyCollection<string> resumable, Action<string>? notice, StagingLock heldLock)
    {
        var earlier = StagingFingerprint.ReadFrom(path);
        var pending = System.IO.Path.Combine(path, PendingListing);
        var (count, sha) = InputListing.Write(pending, inputFiles);
        var current = fingerprint with { InputFiles = count, InputListingSha256 = sha };
        var listing = System.IO.Path.Combine(path, InputListing.FileName);

        var differences = earlier is null ? ["its " + StagingFingerprint.FileName + " cannot be read"] : Explain(current.DifferencesFrom(earlier), listing, pending);
        bool holdsWork = WorkEntries(path).Any();
        if (holdsWork && differences.Count > 0)
            notice?.Invoke($"staging from a different run discarded: {string.Join("; ", differences)}");
        var keep = differences.Count > 0 ? [] : resumable;
        foreach (var entry in WorkEntries(path).Where(e => !keep.Contains(System.IO.Path.GetFileName(e))))
        {
            if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
            else File.Delete(entry);
        }
        File.Move(pending, listing, overwrite: true);
        current.WriteTo(path);
        return new StagingDirectory(path, heldLock, current);
    }

    /// <summary>
    /// Renames the finished staging directory to <paramref name="outDir"/>, without its bookkeeping files. The lock file
    /// moves with the directory, still held, so no second writer can start on a half-published staging directory.
    /// </summary>
    public void Publish(string outDir)
    {
        foreach (var name in Bookkeeping.Where(n => n != StagingLock.FileName)) File.Delete(System.IO.Path.Combine(Path, name));
        AtomicDirectory.Publish(Path, outDir);
        File.Delete(System.IO.Path.Combine(outDir, StagingLock.FileName));
        heldLock.Dispose();
    }

    /// <summary>Releases the lock without publishing; the directory stays for a later run to resume.</summary>
    public void Dispose() => heldLock.Dispose();

    /// <summary>With the marker it is ours; without it, only when it holds nothing but our bookkeeping (a run killed at its start).</summary>
    static bool IsPressMines(string path) => StagingFingerprint.IsPresent(path) || !WorkEntries(path).Any();

    static IEnumerable<string> WorkEntries(string path) =>
        Directory.EnumerateFileSystemEntries(path).Where(e => !Bookkeeping.Contains(System.IO.Path.GetFileName(e)));

    /// <summary>The input-files difference gets the first file that differs, read from the two listings.</summary>
    static IReadOnlyList<string> Explain(IReadOnlyList<string> differences, string earlierListing, string currentListing) =>
        differences.Select(d => d.StartsWith("input files", StringComparison.Ordinal) && InputListing.FirstDifference(earlierListing, currentListing) is { } first
            ? $"{d[..^1]}; first: {first})" : d).ToList();
}
