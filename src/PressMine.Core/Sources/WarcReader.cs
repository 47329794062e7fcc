using System.IO.Compression;
using System.Text.RegularExpressions;

namespace PressMine.Sources;

/// <summary>
/// Reads WARC/1.0 and WARC/1.1 records (ISO 28500) from a .warc or multi-member .warc.gz stream, treating the file as
/// hostile: a record over <see cref="WarcLimits.MaxRecordBytes"/>, a Content-Length that does not end where the record
/// ends, or bytes that are not a record come out as a record with <see cref="WarcRecord.Problem"/> set, and reading
/// resumes at the next line that is a WARC version line. Only the end of the decompression budget or corrupt gzip data
/// stops the file early (<see cref="Error"/>).
/// </summary>
public sealed partial class WarcReader : IDisposable
{
    const int MaxHeaderBytes = 64 * 1024;
    readonly WarcInput input;
    readonly WarcLimits limits;
    (string Line, long Offset)? pendingVersion;

    /// <summary>Reads a WARC file, gzip-compressed or not, within a work budget that scales with its size.</summary>
    /// <param name="path">The WARC file.</param>
    /// <param name="limits">Bounds on records and work; null for <see cref="WarcLimits.Default"/>.</param>
    /// <param name="gzip">Whether the file is gzip-compressed; null: by its name (.gz).</param>
    public WarcReader(string path, WarcLimits? limits = null, bool? gzip = null)
    {
        this.limits = limits ?? WarcLimits.Default;
        Stream file = File.OpenRead(path);
        var decompressed = (gzip ?? path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) ? new GZipStream(file, CompressionMode.Decompress) : file;
        input = new WarcInput(decompressed, this.limits.StreamBudget(file.Length));
    }

    /// <summary>Reads an already decompressed stream; the budget scales with its length when it can seek.</summary>
    public WarcReader(Stream stream, WarcLimits? limits = null)
    {
        this.limits = limits ?? WarcLimits.Default;
        input = new WarcInput(stream, stream.CanSeek ? this.limits.StreamBudget(stream.Length) : this.limits.MaxStreamBytes);
    }

    /// <summary>Why reading stopped before the end of the file, in words; null when the whole file was read.</summary>
    public string? Error { get; private set; }

    /// <summary>Decompressed bytes read so far.</summary>
    public long BytesRead => input.Position;

    /// <summary>Records in file order, damaged ones included with a <see cref="WarcRecord.Problem"/>; stops early with <see cref="Error"/> set.</summary>
    public IEnumerable<WarcRecord> Records()
    {
        while (true)
        {
            WarcRecord? record;
            try
            {
                record = ReadRecord();
            }
            catch (WarcBudgetException e)
            {
                Error = e.Message;
                yield break;
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                Error = $"corrupt WARC data: {e.Message}";
                yield break;
            }
            if (record is null) yield break;
            yield return record;
        }
    }

    WarcRecord? ReadRecord()
    {
        var version = pendingVersion ?? NextNonBlankLine();
        pendingVersion = null;
        if (version is not { } start) return null;
        if (!IsVersionLine(start.Line))
            return Damaged(start.Offset, EmptyHeaders, $"expected a WARC version line, found '{Shorten(start.Line)}'");

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        int headerBytes = 0;
        while (true)
        {
            var line = input.ReadLine(MaxHeaderBytes, out bool overlong);
            if (line is null) return new WarcRecord(start.Line, headers, [], start.Offset, "record headers end before the blank line");
            if (line.Length == 0) break;
            if (IsVersionLine(line))
            {
                input.PushBack(System.Text.Encoding.UTF8.GetBytes(line + "\n"));
                return Damaged(start.Offset, headers, "record headers end without a blank line");
            }
            headerBytes += line.Length;
            if (overlong || headerBytes > MaxHeaderBytes) return Damaged(start.Offset, headers, "record headers exceed 64 KB");
            int colon = line.IndexOf(':');
            if (colon <= 0) return Damaged(start.Offset, headers, $"malformed header line '{Shorten(line)}'");
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, out var length) || length < 0)
            return Damaged(start.Offset, headers, "record has no valid Content-Length");
        if (length > limits.MaxRecordBytes)
            return Damaged(start.Offset, headers, $"record too large ({length:N0} bytes declared; limit {limits.MaxRecordBytes:N0})");
        return ReadBlock(start, headers, (int)length);
    }

    WarcRecord ReadBlock((string Line, long Offset) start, Dictionary<string, string> headers, int length)
    {
        var block = new byte[length];
        int read = input.ReadBlock(block);
        bool ended = read == length && ReadRecordEnd();
        if (ended) return new WarcRecord(start.Line, headers, block, start.Offset);

        // The declared length is wrong. A version line inside the block means the length ran into the next record.
        int next = VersionLineIn(block.AsSpan(0, read));
        if (next >= 0)
        {
            input.PushBack(block.AsSpan(next, read - next));
            return new WarcRecord(start.Line, headers, [], start.Offset,
                $"Content-Length {length:N0} does not match the record: the next record starts {next:N0} bytes into it");
        }
        if (read < length)
            return new WarcRecord(start.Line, headers, [], start.Offset, $"record truncated: {read:N0} of {length:N0} content bytes present");
        return Damaged(start.Offset, headers, $"Content-Length {length:N0} does not match the record: it does not end there");
    }

    /// <summary>Consumes the CRLF CRLF (or LF LF) that ends a record; on anything else pushes the bytes back and says no.</summary>
    bool ReadRecordEnd()
    {
        Span<byte> seen = stackalloc byte[4];
        int count = 0;
        for (int newlines = 0; newlines < 2; newlines++)
        {
            int b = input.ReadByte();
            if (b < 0) return true; // a file may end right after the block
            seen[count++] = (byte)b;
            if (b == '\r')
            {
                b = input.ReadByte();
                if (b < 0) return true;
                seen[count++] = (byte)b;
            }
            if (b != '\n')
            {
                input.PushBack(seen[..count]);
                return false;
            }
        }
        return true;
    }

    /// <summary>A record that cannot be used; skips to the next version line so the records after it are kept.</summary>
    WarcRecord Damaged(long offset, IReadOnlyDictionary<string, string> headers, string problem)
    {
        long from = input.Position;
        pendingVersion = ScanToVersionLine();
        long skipped = (pendingVersion?.Offset ?? input.Position) - from;
        var where = pendingVersion is null ? "to the end of the file" : "to the next record";
        return new WarcRecord("", headers, [], offset, skipped > 0 ? $"{problem}; {skipped:N0} bytes skipped {where}" : problem);
    }

    (string Line, long Offset)? ScanToVersionLine()
    {
        while (true)
        {
            long offset = input.Position;
            var line = input.ReadLine(MaxHeaderBytes, out _);
            if (line is null) return null;
            if (IsVersionLine(line)) return (line, offset);
        }
    }

    (string Line, long Offset)? NextNonBlankLine()
    {
        while (true)
        {
            long offset = input.Position;
            var line = input.ReadLine(MaxHeaderBytes, out _);
            if (line is null) return null;
            if (line.Length > 0) return (line, offset);
        }
    }

    /// <summary>Offset of the first line of <paramref name="block"/> that is a WARC version line, or -1.</summary>
    static int VersionLineIn(ReadOnlySpan<byte> block)
    {
        for (int at = 0; at < block.Length;)
        {
            var rest = block[at..];
            int end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            if (line.Length <= 16 && IsVersionLine(System.Text.Encoding.ASCII.GetString(line))) return at;
            if (end < 0) return -1;
            at += end + 1;
        }
        return -1;
    }

    static bool IsVersionLine(string line) => VersionLine().IsMatch(line);

    [GeneratedRegex(@"^WARC/\d{1,2}\.\d{1,2}\s*$")]
    private static partial Regex VersionLine();

    static readonly IReadOnlyDictionary<string, string> EmptyHeaders = new Dictionary<string, string>();

    static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    /// <summary>Closes the underlying stream.</summary>
    public void Dispose() => input.Dispose();
}
