using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace PressMine.Sources;

/// <summary>
/// Writes WARC/1.1 files (ISO 28500:2017): a warcinfo record, then request/response pairs, each record its own
/// gzip member so readers can seek to any record; WARC-Block-Digest and WARC-Payload-Digest are SHA-1 in base32.
/// </summary>
public sealed class WarcWriter : IDisposable
{
    readonly Stream output;
    readonly bool gzip;

    /// <summary>Creates the file (gzip-compressed when the name ends in .gz) and writes the warcinfo record naming <paramref name="software"/>.</summary>
    public WarcWriter(string path, string software = "PressMine")
    {
        gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        output = new FileStream(path, FileMode.Create, FileAccess.Write);
        var info = Encoding.UTF8.GetBytes($"software: {software}\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n");
        WriteRecord("warcinfo", null, DateTimeOffset.UtcNow, "application/warc-fields", info, null, null, Path.GetFileName(path));
    }

    /// <summary>Writes the request and response records of one fetch; returns the response record's id.</summary>
    /// <param name="url">The fetched URL (WARC-Target-URI of both records).</param>
    /// <param name="fetchedAt">When the fetch started (WARC-Date).</param>
    /// <param name="requestHead">The HTTP request line and headers as sent.</param>
    /// <param name="responseHead">The HTTP response's status line and headers as received.</param>
    /// <param name="body">The response body as received (not decoded).</param>
    /// <param name="truncatedReason">WARC-Truncated value ("length", "time", ...) when the body was cut short.</param>
    public string WriteExchange(Uri url, DateTimeOffset fetchedAt, byte[] requestHead, byte[] responseHead, byte[] body, string? truncatedReason = null)
    {
        var responseId = NewId();
        var requestId = WriteRecord("request", url, fetchedAt, "application/http;msgtype=request", requestHead, null, responseId, null);
        var block = new byte[responseHead.Length + body.Length];
        responseHead.CopyTo(block, 0);
        body.CopyTo(block, responseHead.Length);
        var extra = truncatedReason is null ? null : new[] { ("WARC-Truncated", truncatedReason) };
        WriteRecord("response", url, fetchedAt, "application/http;msgtype=response", block, body, null, null, responseId, requestId, extra);
        return responseId;
    }

    /// <summary>
    /// A conditional GET answered 304: the request record and a revisit record (profile server-not-modified) whose block
    /// is the response head. Readers that want pages skip revisits; the earlier response holds the content.
    /// </summary>
    public string WriteNotModified(Uri url, DateTimeOffset fetchedAt, byte[] requestHead, byte[] responseHead)
    {
        var revisitId = NewId();
        var requestId = WriteRecord("request", url, fetchedAt, "application/http;msgtype=request", requestHead, null, revisitId, null);
        WriteRecord("revisit", url, fetchedAt, "application/http;msgtype=response", responseHead, null, null, null, revisitId, requestId,
            [("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified")]);
        return revisitId;
    }

    /// <summary>Bytes written to the file so far (compressed size for .warc.gz).</summary>
    public long Length => output.Position;

    string WriteRecord(string type, Uri? url, DateTimeOffset date, string contentType, byte[] block, byte[]? payload,
        string? concurrentTo, string? filename, string? id = null, string? concurrentWith = null, (string Name, string Value)[]? extra = null)
    {
        id ??= NewId();
        var head = new StringBuilder();
        head.Append("WARC/1.1\r\n");
        head.Append($"WARC-Type: {type}\r\n");
        head.Append($"WARC-Record-ID: {id}\r\n");
        head.Append($"WARC-Date: {date.UtcDateTime:yyyy-MM-ddTHH:mm:ss.ffffffZ}\r\n");
        if (url is not null) head.Append($"WARC-Target-URI: {url.AbsoluteUri}\r\n");
        if (filename is not null) head.Append($"WARC-Filename: {filename}\r\n");
        if (concurrentTo is not null) head.Append($"WARC-Concurrent-To: {concurrentTo}\r\n");
        if (concurrentWith is not null) head.Append($"WARC-Concurrent-To: {concurrentWith}\r\n");
        head.Append($"WARC-Block-Digest: sha1:{Base32(SHA1.HashData(block))}\r\n");
        foreach (var (name, value) in extra ?? []) head.Append($"{name}: {value}\r\n");
        if (payload is not null) head.Append($"WARC-Payload-Digest: sha1:{Base32(SHA1.HashData(payload))}\r\n");
        head.Append($"Content-Type: {contentType}\r\n");
        head.Append($"Content-Length: {block.Length}\r\n\r\n");

        var headBytes = Encoding.UTF8.GetBytes(head.ToString());
        void Emit(Stream target)
        {
            target.Write(headBytes);
            target.Write(block);
            target.Write("\r\n\r\n"u8);
        }
        if (gzip)
        {
            using var member = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true); // one gzip member per record
            Emit(member);
        }
        else Emit(output);
        output.Flush();
        return id;
    }

    static string NewId() => $"<urn:uuid:{Guid.NewGuid()}>";

    /// <summary>RFC 4648 base32, the digest encoding WARC tools use.</summary>
    public static string Base32(byte[] data)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var sb = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5) { sb.Append(alphabet[(buffer >> (bits - 5)) & 31]); bits -= 5; }
        }
        if (bits > 0) sb.Append(alphabet[(buffer << (5 - bits)) & 31]);
        while (sb.Length % 8 != 0) sb.Append('=');
        return sb.ToString();
    }

    /// <summary>Flushes and closes the file.</summary>
    public void Dispose() => output.Dispose();
}
