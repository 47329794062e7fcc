using System.Text.Json;
using PressMine.Records;

namespace PressMine.Pipeline;

/// <summary>
/// An append-only JSON Lines file of processed pages: the run's resume point and its spill to disk.
/// A line cut short by a kill is ignored on reading, so the page is simply processed again.
/// </summary>
sealed class CheckpointStore : IDisposable
{
    public static JsonSerializerOptions Json => RecordJson.Options;

    readonly FileStream file;
    readonly object gate = new();
    long end;

    public CheckpointStore(string path)
    {
        Path = path;
        DropTornTail(path);
        file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16);
        end = file.Position;
    }

    public string Path { get; }

    /// <summary>Appends the page as one line; returns the line's byte offset, for <see cref="CheckpointReader.ReadAt"/>.</summary>
    public long Append(ProcessedPage page)
    {
        // Serialised outside the lock, straight to UTF-8: workers only queue for the copy into the file buffer.
        var line = JsonSerializer.SerializeToUtf8Bytes(page, Json);
        lock (gate)
        {
            long offset = end;
            file.Write(line);
            file.WriteByte((byte)'\n');
            end += line.Length + 1;
            return offset;
        }
    }

    /// <summary>A kill mid-write leaves a line without its newline; cut it so the next append starts clean.</summary>
    static void DropTornTail(string path)
    {
        if (!File.Exists(path)) return;
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        long end = file.Length;
        while (end > 0)
        {
            file.Position = end - 1;
            if (file.ReadByte() == '\n') break;
            end--;
        }
        file.SetLength(end);
    }

    public void Flush() { lock (gate) file.Flush(); }

    public void Dispose() { lock (gate) file.Dispose(); }
}
