using System.IO.Compression;
using System.Text;

namespace PressMine.Tests.Sources;

/// <summary>Builds WARC files byte by byte at test time, so a record can lie about its length or repeat an id.</summary>
public static class HostileWarcFiles
{
    public static readonly byte[] Page = Encoding.UTF8.GetBytes("<html><head><title>测试</title></head><body><p>督导组发现问题12个。</p></body></html>");

    public static byte[] Response() =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {Page.Length}\r\n\r\n"), .. Page];

    /// <summary>One record; <paramref name="declaredLength"/> defaults to the block's true length.</summary>
    public static byte[] Record(string type, string id, byte[] block, long? declaredLength = null, int n = 0)
    {
        var head = $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Record-ID: {id}\r\nWARC-Target-URI: http://127.0.0.1/news/{n}.html\r\n" +
                   $"WARC-Date: 2024-05-01T08:00:00Z\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: {declaredLength ?? block.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] ResponseRecord(int n, long? declaredLength = null, string? id = null) =>
        Record("response", id ?? $"<urn:uuid:00000000-0000-0000-0000-{n:D12}>", Response(), declaredLength, n);

    /// <summary>Writes the records as a plain .warc, or as a .warc.gz with one gzip member per record.</summary>
    public static string Write(string dir, string name, params byte[][] records)
    {
        var path = Path.Combine(dir, name);
        using var file = File.Create(path);
        foreach (var record in records)
        {
            if (!name.EndsWith(".gz")) { file.Write(record); continue; }
            using var member = new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true);
            member.Write(record);
        }
        return path;
    }

    /// <summary>A .warc.gz member holding a record head that declares <paramref name="declared"/> bytes, then <paramref name="zeros"/> zero bytes.</summary>
    public static void AppendZeroRecord(string path, long declared, long zeros)
    {
        using var file = new FileStream(path, FileMode.Append);
        using var member = new GZipStream(file, CompressionLevel.Optimal);
        member.Write(Encoding.ASCII.GetBytes(
            $"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:big>\r\nContent-Length: {declared}\r\n\r\n"));
        var chunk = new byte[1 << 20];
        for (long left = zeros; left > 0; left -= chunk.Length) member.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
    }

    public static void Append(string path, byte[] record)
    {
        using var file = new FileStream(path, FileMode.Append);
        using var member = new GZipStream(file, CompressionLevel.Optimal);
        member.Write(record);
    }
}
