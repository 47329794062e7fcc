namespace PressMine.Sources;

/// <summary>
/// A series of .warc.gz files in one directory, rotated when the current one passes a size. Every instance starts a new
/// file (named prefix-yyyyMMddHHmmss-NNNNN.warc.gz), so a resumed crawl never appends to a file a killed run may have torn.
/// </summary>
public sealed class WarcFileSet(string directory, string prefix, long rotateBytes) : IDisposable
{
    readonly string stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "-" + Environment.ProcessId;
    WarcWriter? current;
    int sequence;

    /// <summary>Paths of the files opened so far, oldest first.</summary>
    public List<string> Files { get; } = [];

    /// <summary>The writer to use for the next exchange; opens or rotates the file first when needed.</summary>
    public WarcWriter Writer
    {
        get
        {
            if (current is not null && current.Length < rotateBytes) return current;
            current?.Dispose();
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, $"{prefix}-{stamp}-{sequence++:D5}.warc.gz");
            Files.Add(path);
            current = new WarcWriter(path, "PressMine crawler");
            return current;
        }
    }

    /// <summary>Closes the current file.</summary>
    public void Dispose() => current?.Dispose();
}
