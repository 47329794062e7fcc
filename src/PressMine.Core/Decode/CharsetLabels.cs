using System.Text;

namespace PressMine.Decode;

/// <summary>Maps charset labels (HTTP, meta, detector names) to .NET encodings, widening the GB family to GB18030.</summary>
public static class CharsetLabels
{
    static CharsetLabels() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Forces the static constructor, so the code-page provider is registered before any lookup.</summary>
    public static void EnsureRegistered() { }

    /// <summary>The canonical name for a label, or null when the label is unknown.</summary>
    public static string? Canonical(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var l = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (l)
        {
            // .NET maps gb2312/gbk to CP936, which cannot decode 4-byte GB18030 sequences: always widen.
            case "gb2312": case "gbk": case "x-gbk": case "gb18030": case "csgb2312": case "gb_2312-80":
            case "gb_2312": case "chinese": case "iso-ir-58": case "cp936": case "windows-936": case "hz-gb-2312":
                return "gb18030";
            case "big5": case "big5-hkscs": case "cn-big5": case "x-x-big5": case "csbig5": case "cp950":
                return "big5";
            case "utf8": case "utf-8": case "unicode-1-1-utf-8": return "utf-8";
            case "utf-16": case "utf-16le": case "unicode": return "utf-16";
            case "utf-16be": return "utf-16BE";
        }
        try { return Encoding.GetEncoding(l).WebName; }
        catch (ArgumentException) { return null; }
    }

    /// <summary>An encoding for a canonical name; replacement fallback so decoding never throws.</summary>
    public static Encoding Get(string canonical)
    {
        EnsureRegistered();
        if (canonical == "utf-8") return new UTF8Encoding(false, false);
        return Encoding.GetEncoding(canonical, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
