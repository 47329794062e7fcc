namespace PressMine.Sink.Staging;

/// <summary>Another PressMine process is writing the same output directory.</summary>
public sealed class OutputLockedException(string message) : OutputRefusedException(message);

/// <summary>
/// An exclusive OS lock on "&lt;out&gt;.partial/pressmine.lock" (FileShare.None: flock on Linux), held for the whole
/// run or merge. The kernel drops it when the process dies, so a killed run never leaves a stale lock; a second
/// writer fails at once instead of tearing checkpoint lines.
/// </summary>
internal sealed class StagingLock : IDisposable
{
    public const string FileName = "pressmine.lock";

    readonly FileStream stream;

    StagingLock(FileStream stream) => this.stream = stream;

    public static StagingLock Acquire(string stagingDir, string outDir)
    {
        var path = Path.Combine(stagingDir, FileName);
        try
        {
            return new StagingLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            throw new OutputLockedException(
                $"another PressMine process is writing '{outDir}' (it holds the lock {path}: {e.Message}); " +
                "wait for it to finish, or choose another --out");
        }
    }

    public void Dispose() => stream.Dispose();
}
