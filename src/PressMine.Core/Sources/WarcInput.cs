using System.Text;

namespace PressMine.Sources;

/// <summary>Thrown when a WARC stream yields more decompressed bytes than its budget.</summary>
public sealed class WarcBudgetException(long budget)
    : IOException($"decompressed data exceeds {budget:N0} bytes (the limit for this file's size); reading stopped");

/// <summary>
/// The decompressed bytes of one WARC file: counted against a budget, read as bounded lines or blocks, with push-back so
/// the reader can rescan bytes it took for a record block when the record's Content-Length proves wrong.
/// </summary>
sealed class WarcInput(Stream stream, long budget) : IDisposable
{
    readonly byte[] buffer = new byte[1 << 16];
    int bufferPos, bufferLength;
    byte[]? pushed;
    int pushedPos;
    long pulled;

    /// <summary>Decompressed bytes consumed so far (pushed-back bytes count as not consumed).</summary>
    public long Position { get; private set; }

    ReadOnlySpan<byte> Available()
    {
        if (pushed is not null) return pushed.AsSpan(pushedPos);
        if (bufferPos == bufferLength && !Fill()) return [];
        return buffer.AsSpan(bufferPos, bufferLength - bufferPos);
    }

    void Consume(int count)
    {
        Position += count;
        if (pushed is not null)
        {
            pushedPos += count;
            if (pushedPos == pushed.Length) pushed = null;
        }
        else bufferPos += count;
    }

    bool Fill()
    {
        // Never pull past the budget: records that fit in it are still read, and a stream ending exactly there is fine.
        int want = (int)Math.Min(buffer.Length, budget - pulled);
        int n = stream.Read(buffer, 0, Math.Max(want, 1));
        if (n == 0) return false;
        if (want == 0) throw new WarcBudgetException(budget);
        pulled += n;
        bufferPos = 0;
        bufferLength = n;
        return true;
    }

    /// <summary>Fills <paramref name="target"/> as far as the stream allows; returns the bytes read.</summary>
    public int ReadBlock(Span<byte> target)
    {
        int read = 0;
        while (read < target.Length)
        {
            var chunk = Available();
            if (chunk.IsEmpty) break;
            int n = Math.Min(chunk.Length, target.Length - read);
            chunk[..n].CopyTo(target[read..]);
            Consume(n);
            read += n;
        }
        return read;
    }

    public int ReadByte()
    {
        var chunk = Available();
        if (chunk.IsEmpty) return -1;
        byte b = chunk[0];
        Consume(1);
        return b;
    }

    /// <summary>Makes <paramref name="bytes"/> the next bytes read, ahead of anything pushed back before.</summary>
    public void PushBack(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return;
        var rest = pushed is null ? [] : pushed.AsSpan(pushedPos);
        pushed = [.. bytes, .. rest];
        pushedPos = 0;
        Position -= bytes.Length;
    }

    /// <summary>
    /// One LF-terminated line, CR stripped, as UTF-8; null at the end of the stream. A line longer than
    /// <paramref name="maxBytes"/> is consumed whole but only its start is kept, and <paramref name="overlong"/> is set.
    /// </summary>
    public string? ReadLine(int maxBytes, out bool overlong)
    {
        overlong = false;
        var kept = new List<byte>(128);
        bool any = false;
        while (true)
        {
            var chunk = Available();
            if (chunk.IsEmpty)
            {
                if (!any) return null;
                break;
            }
            any = true;
            int newline = chunk.IndexOf((byte)'\n');
            int lineBytes = newline < 0 ? chunk.Length : newline;
            int keep = Math.Min(lineBytes, maxBytes - kept.Count);
            if (keep < lineBytes) overlong = true;
            if (keep > 0) kept.AddRange(chunk[..keep]);
            Consume(newline < 0 ? chunk.Length : newline + 1);
            if (newline >= 0) break;
        }
        if (kept.Count > 0 && kept[^1] == '\r') kept.RemoveAt(kept.Count - 1);
        return Encoding.UTF8.GetString(kept.ToArray());
    }

    public void Dispose() => stream.Dispose();
}
