namespace PressMine.Sources;

/// <summary>One WARC record: its named header fields and its content block.</summary>
/// <param name="Offset">Where the record (or the damaged stretch) starts in the decompressed stream.</param>
/// <param name="Problem">Why the record is unusable (too large, wrong Content-Length, not a record), in words; its block is then empty or partial.</param>
public sealed record WarcRecord(string Version, IReadOnlyDictionary<string, string> Headers, byte[] Block, long Offset = 0, string? Problem = null)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
    public string Type => Header("WARC-Type") ?? "";
    public string? RecordId => Header("WARC-Record-ID");
    public string? TargetUri => Header("WARC-Target-URI");
}
