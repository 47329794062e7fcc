using System.Text;

namespace PressMine.Sources;

/// <summary>An HTTP/1.x response as stored in a WARC response record: status, headers and the decoded body.</summary>
internal sealed record HttpMessage(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The Content-Type header; null when absent.</summary>
    public string? ContentType => Headers.TryGetValue("Content-Type", out var v) ? v : null;

    /// <summary>Parses an HTTP response as stored in a WARC block; throws <see cref="FormatException"/> when it has no complete head or status line.</summary>
    public static HttpMessage Parse(byte[] block)
    {
        int headerEnd = IndexOf(block, "\r\n\r\n"u8, out int sepLength);
        if (headerEnd < 0) headerEnd = IndexOf(block, "\n\n"u8, out sepLength);
        if (headerEnd < 0) throw new FormatException("HTTP headers do not end");
        var lines = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n');
        var statusParts = lines[0].Trim().Split(' ', 3);
        if (statusParts.Length < 2 || !statusParts[0].StartsWith("HTTP/") || !int.TryParse(statusParts[1], out int status))
            throw new FormatException($"not an HTTP status line: '{lines[0].Trim()}'");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines.Skip(1))
        {
            int colon = raw.IndexOf(':');
            if (colon > 0) headers[raw[..colon].Trim()] = raw[(colon + 1)..].Trim();
        }
        var body = block.AsSpan(headerEnd + sepLength).ToArray();
        if (headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            body = Dechunk(body);
        return new HttpMessage(status, headers, body);
    }

    static byte[] Dechunk(byte[] data)
    {
        var output = new MemoryStream();
        int pos = 0;
        while (pos < data.Length)
        {
            int lineEnd = IndexOf(data.AsSpan(pos), "\r\n"u8, out _);
            if (lineEnd < 0) break;
            var sizeText = Encoding.ASCII.GetString(data, pos, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out int size) || size == 0) break;
            pos += lineEnd + 2;
            size = Math.Min(size, data.Length - pos);
            output.Write(data, pos, size);
            pos += size + 2;
        }
        return output.ToArray();
    }

    static int IndexOf(ReadOnlySpan<byte> data, ReadOnlySpan<byte> pattern, out int length)
    {
        length = pattern.Length;
        return data.IndexOf(pattern);
    }
}
