using System.IO.Compression;

namespace PressMine.Sources;

/// <summary>How a regular input file is read: told from its first bytes, with the extension as the tie-breaker.</summary>
/// <summary>The format of one input file.</summary>
internal enum InputKind { Html, TextDump, Warc, WarcGzip }

/// <summary>Tells an input file's format from its name and first bytes.</summary>
internal static class InputSniffer
{
    const int HeadBytes = 4096;

    /// <summary>
    /// A WARC (plain or gzip) by its first record line whatever the name; .txt files are page dumps and .html/.htm are
    /// HTML as before; any other name (.shtml, .aspx, .HTML, none) is HTML when its start looks like markup, else a dump.
    /// Binary content is left to the decoder, which rejects it with its reason.
    /// </summary>
    public static InputKind Kind(string path)
    {
        var head = ReadHead(path);
        if (head.AsSpan().StartsWith("WARC/"u8)) return InputKind.Warc;
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B && GzipStartsWithWarc(path)) return InputKind.WarcGzip;
        if (path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase)) return InputKind.WarcGzip;
        if (path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase)) return InputKind.Warc;
        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return InputKind.TextDump;
        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            return InputKind.Html;
        return LooksLikeMarkup(head) ? InputKind.Html : InputKind.TextDump;
    }

    static byte[] ReadHead(string path)
    {
        using var file = File.OpenRead(path);
        var head = new byte[HeadBytes];
        int read = 0, n;
        while (read < head.Length && (n = file.Read(head, read, head.Length - read)) > 0) read += n;
        return head[..read];
    }

    static bool GzipStartsWithWarc(string path)
    {
        try
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            var start = new byte[5];
            int read = 0, n;
            while (read < start.Length && (n = gz.Read(start, read, start.Length - read)) > 0) read += n;
            return start.AsSpan(0, read).SequenceEqual("WARC/"u8);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    static readonly string[] MarkupSigns = ["<!doctype", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p "];

    /// <summary>Markup when the first visible character is '&lt;' or a common tag appears near the start (in any ASCII-compatible charset).</summary>
    static bool LooksLikeMarkup(byte[] head)
    {
        var text = System.Text.Encoding.Latin1.GetString(head).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<')) return true;
        return MarkupSigns.Any(sign => text.Contains(sign, StringComparison.OrdinalIgnoreCase));
    }
}
