using System.IO.Compression;
using System.Text;

namespace PressMine.Sources;

/// <summary>
/// Reads WARC/1.0 and WARC/1.1 records (ISO 28500) from a .warc or multi-member .warc.gz stream.
/// A record that is truncated or malformed ends the file with <see cref="Error"/> set; records read before it are kept.
/// </summary>
public sealed class WarcReader : IDisposable
{
    const int MaxHeaderBytes = 64 * 1024;
    readonly Stream stream;

    public WarcReader(string path)
    {
        Stream file = File.OpenRead(path);
        stream = new BufferedStream(
            path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file,
            1 << 16);
    }

    public WarcReader(Stream stream) => this.stream = stream;

    /// <summary>Why reading stopped early, in words; null when the file ended cleanly.</summary>
    public string? Error { get; private set; }

    public IEnumerable<WarcRecord> Records()
    {
        while (true)
        {
            WarcRecord? record;
            try
            {
                record = ReadRecord();
            }
            catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
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
        string? version = ReadLine();
        while (version is not null && version.Length == 0) version = ReadLine(); // tolerate extra blank lines
        if (version is null) return null;
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            throw new FormatException($"expected a WARC version line, found '{Shorten(version)}'");

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        int headerBytes = 0;
        for (string? line = ReadLine(); ; line = ReadLine())
        {
            if (line is null) throw new FormatException("record headers end before the blank line");
            if (line.Length == 0) break;
            headerBytes += line.Length;
            if (headerBytes > MaxHeaderBytes) throw new FormatException("record headers exceed 64 KB");
            int colon = line.IndexOf(':');
            if (colon <= 0) throw new FormatException($"malformed header line '{Shorten(line)}'");
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, out var length) || length < 0)
            throw new FormatException("record has no valid Content-Length");
        if (length > int.MaxValue) throw new FormatException($"record block too large ({length} bytes)");

        var block = new byte[length];
        int read = 0;
        while (read < length)
        {
            int n = stream.Read(block, read, (int)length - read);
            if (n == 0) throw new FormatException($"record truncated: {read} of {length} content bytes present");
            read += n;
        }
        ReadLine(); ReadLine(); // the two CRLFs that end every record
        return new WarcRecord(version, headers, block);
    }

    /// <summary>Reads one CRLF- or LF-terminated line as Latin-1-safe UTF-8; null at end of stream.</summary>
    string? ReadLine()
    {
        var bytes = new List<byte>(128);
        while (true)
        {
            int b = stream.ReadByte();
            if (b < 0) return bytes.Count == 0 ? null : Encoding.UTF8.GetString(bytes.ToArray());
            if (b == '\n') break;
            bytes.Add((byte)b);
            if (bytes.Count > MaxHeaderBytes) throw new FormatException("line longer than 64 KB");
        }
        if (bytes.Count > 0 && bytes[^1] == '\r') bytes.RemoveAt(bytes.Count - 1);
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    public void Dispose() => stream.Dispose();
}
