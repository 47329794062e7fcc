namespace PressMine.Decode;

/// <summary>Bytes → text. Order: BOM, HTTP header charset, HTML meta prescan, strict UTF-8, detection, GB18030.</summary>
public static class CharsetDecoder
{
    /// <summary>Decodes a page; returns null with a reason when the bytes are not text (binary).</summary>
    public static DecodedPage? Decode(ReadOnlySpan<byte> bytes, string? contentType, bool isHtml, out string? rejectReason)
    {
        throw new NotImplementedException("owned by the Clean/Decode work");
    }
}
