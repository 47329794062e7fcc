namespace PressMine.Sources;

/// <summary>One WARC record: its named header fields and its content block.</summary>
/// <param name="Version">The version line as read (WARC/1.0, WARC/1.1).</param>
/// <param name="Headers">The named header fields (WARC-Type, WARC-Target-URI, ...); names compare case-insensitively when read.</param>
/// <param name="Block">The content block: for a response record, the HTTP message with its headers.</param>
/// <param name="Offset">Where the record (or the damaged stretch) starts in the decompressed stream.</param>
/// <param name="Problem">Why the record is unusable (too large, wrong Content-Length, not a record), in words; its block is then empty or partial.</param>
public sealed record WarcRecord(string Version, IReadOnlyDictionary<string, string> Headers, byte[] Block, long Offset = 0, string? Problem = null)
{
    /// <summary>A header field's value; null when the record has none of that name.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
    /// <summary>The WARC-Type (response, request, warcinfo ...); empty when missing.</summary>
    public string Type => Header("WARC-Type") ?? "";
    /// <summary>The WARC-Record-ID; null when missing.</summary>
    public string? RecordId => Header("WARC-Record-ID");
    /// <summary>The WARC-Target-URI; null when missing.</summary>
    public string? TargetUri => Header("WARC-Target-URI");
}
