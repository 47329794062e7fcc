using System.Text;
using System.Text.RegularExpressions;

namespace PressMine.Decode;

/// <summary>Finds a charset declared in the head of an HTML page (meta charset, http-equiv, XML declaration).</summary>
internal static partial class MetaCharsetPrescan
{
    /// <summary>How much of the page is scanned; Chinese portals often put long scripts before their meta tags.</summary>
    public const int PrescanBytes = 8192;

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9_.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeCharset();

    /// <summary>The raw label declared in the page head, or null.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        // Latin-1 keeps every byte as one char, so ASCII markup survives whatever the real charset is.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var m = MetaCharset().Match(head);
        if (m.Success) return m.Groups[1].Value;
        var x = XmlEncoding().Match(head);
        return x.Success ? x.Groups[1].Value : null;
    }

    /// <summary>The charset parameter of an HTTP Content-Type header, or null.</summary>
    public static string? FromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        var m = ContentTypeCharset().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }
}
