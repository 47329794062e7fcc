namespace PressMine.Sources;

/// <summary>One WARC record: its named header fields and its content block.</summary>
public sealed record WarcRecord(string Version, IReadOnlyDictionary<string, string> Headers, byte[] Block)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
    public string Type => Header("WARC-Type") ?? "";
    public string? RecordId => Header("WARC-Record-ID");
    public string? TargetUri => Header("WARC-Target-URI");
}
