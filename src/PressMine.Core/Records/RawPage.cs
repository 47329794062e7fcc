namespace PressMine.Records;

/// <summary>One input page as read by a source: where it came from and its undecoded bytes.</summary>
/// <param name="Id">Stable id: a hash of <see cref="Identity"/>.</param>
/// <param name="Identity">What makes the input unique: the path as given, or path#record-id for WARC.</param>
/// <param name="SourcePath">The input path as the user gave it (for WARC: path + '#' + record id).</param>
/// <param name="Url">The page URL when known (WARC target URI, crawler).</param>
/// <param name="Bytes">The raw payload. Empty when the source could not read it (see <paramref name="ReadError"/>).</param>
/// <param name="ContentType">HTTP Content-Type when known; carries the header charset.</param>
/// <param name="IsTextDump">True for a plain-text page dump (.txt) rather than HTML.</param>
/// <param name="FetchedAt">When the page was fetched, when the source knows it; null otherwise.</param>
/// <param name="ReadError">Why the input could not be read, in words; the page is then rejected.</param>
public sealed record RawPage(
    string Id,
    string Identity,
    string SourcePath,
    string? Url,
    byte[] Bytes,
    string? ContentType,
    bool IsTextDump,
    DateTimeOffset? FetchedAt = null,
    string? ReadError = null)
{
    internal static string IdFor(string identity) => StableHash.Hex(identity, 16);
}
