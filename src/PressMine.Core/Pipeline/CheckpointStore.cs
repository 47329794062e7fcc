using System.Text.Encodings.Web;
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

    readonly StreamWriter writer;
    readonly object gate = new();

    public CheckpointStore(string path)
    {
        Path = path;
        DropTornTail(path);
        writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read), new System.Text.UTF8Encoding(false));
    }

    public string Path { get; }

    public void Append(ProcessedPage page)
    {
        var line = JsonSerializer.Serialize(page, Json);
        lock (gate)
        {
            writer.Write(line);
            writer.Write('\n');
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

    public void Flush() { lock (gate) writer.Flush(); }

    public void Dispose() { lock (gate) writer.Dispose(); }
}
