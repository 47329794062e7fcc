using System.IO.Compression;
using System.Text;
using CsCheck;
using PressMine.Clean;
using PressMine.Crawl;
using PressMine.Decode;
using PressMine.Extract;
using PressMine.Sources;

namespace PressMine.Fuzz;

/// <summary>A fuzz target: its input generator, the property every input must satisfy, and the CI case count.</summary>
public sealed record FuzzTarget(string Name, Gen<byte[]> Inputs, Action<byte[]> Property, long CiIterations);

/// <summary>
/// The properties. No exception escapes except the documented ones (none, for every target here: each reports
/// bad input in its result), output is bounded by the input, and decoding is total (text or a reason, never neither).
/// </summary>
public static class Targets
{
    static readonly Encoding Utf8 = new UTF8Encoding(false);
    static readonly string?[] ContentTypes = [null, "text/html", "text/html; charset=gbk", "text/html; charset=utf-8", "text/plain; charset=big5", "text/html; charset=utf-16", "text/html; charset=x-unknown", "text/html; charset="];

    public static readonly FuzzTarget[] All =
    [
        new("decoder", GenMix.Frequency((3, Inputs.Mutate(Inputs.HtmlBytes)), (1, Inputs.Mutate(Inputs.DumpBytes)), (1, Gen.Byte.Array[0, 2048]))
            .SelectMany(b => Gen.Byte.Array[2].Select(p => (byte[])[.. p, .. b])), Decoder, 400),
        new("html", GenMix.Frequency((2, Inputs.Mutate(Inputs.HtmlBytes)), (2, Inputs.HtmlBytes)), HtmlPage, 150),
        new("dump", GenMix.Frequency((2, Inputs.Mutate(Inputs.DumpBytes)), (2, Inputs.DumpBytes)), DumpPage, 150),
        new("warc", Inputs.Warc, Warc, 200),
        new("robots", GenMix.Frequency((3, Inputs.Robots), (1, Inputs.Mutate(Inputs.Robots))), Robots, 400),
        new("numbers", GenMix.Frequency((3, Inputs.Numbers), (1, Inputs.Mutate(Inputs.Numbers))), Numbers, 600),
        new("links", GenMix.Frequency((3, Inputs.Links), (1, Inputs.Mutate(Inputs.Links))), Links, 400),
    ];

    /// <summary>Byte 0 picks the Content-Type, byte 1 (odd) says HTML; the rest is the page.</summary>
    static void Decoder(byte[] input)
    {
        if (input.Length < 2) return;
        var bytes = input.AsSpan(2);
        var page = CharsetDecoder.Decode(bytes, ContentTypes[input[0] % ContentTypes.Length], (input[1] & 1) == 1, out var reason);
        if ((page is null) == (reason is null)) throw new PropertyFailed($"decoding not total: page {(page is null ? "null" : "set")}, reason {reason ?? "null"}");
        if (page is not null && page.Text.Length > bytes.Length) throw new PropertyFailed($"{bytes.Length} bytes decoded to {page.Text.Length} chars");
    }

    static void HtmlPage(byte[] input) => Cleaned(input, isTextDump: false);
    static void DumpPage(byte[] input) => Cleaned(input, isTextDump: true);

    static void Cleaned(byte[] input, bool isTextDump)
    {
        var decoded = CharsetDecoder.Decode(input, null, !isTextDump, out _);
        if (decoded is null) return;
        var result = new PageCleaner().Clean(decoded.Text, isTextDump, "http://news.example.cn/2024/0301/a.html");
        if ((result.Page is null) == (result.RejectReason is null)) throw new PropertyFailed("clean result is neither a page nor a rejection");
        if (result.Page is not { } page) return;
        int limit = decoded.Text.Length;
        if (page.Body.Length > limit) throw new PropertyFailed($"body of {page.Body.Length} chars from {limit} chars of input");
        foreach (var (name, value) in new[] { ("title", page.Title), ("source", page.Source), ("author", page.Author), ("editor", page.Editor), ("site", page.Site) })
            if (value is not null && value.Length > limit) throw new PropertyFailed($"{name} of {value.Length} chars from {limit} chars of input");
        if (page.Paragraphs.Any(p => p is null)) throw new PropertyFailed("null paragraph");
    }

    /// <summary>Byte 0 odd: the rest is gzip. Every record's block fits in the (decompressed) input; memory stays near it.</summary>
    static void Warc(byte[] input)
    {
        if (input.Length < 1) return;
        bool gzip = (input[0] & 1) == 1;
        var data = input.AsMemory(1);
        long plainLength = gzip ? DecompressedLength(input[1..]) : data.Length;
        if (plainLength > 64 << 20) return; // a decompression bomb in the fuzz input itself: not this target's question
        long before = GC.GetAllocatedBytesForCurrentThread();
        Stream stream = new MemoryStream(input, 1, input.Length - 1);
        if (gzip) stream = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new WarcReader(new BufferedStream(stream, 1 << 16));
        long blocks = 0;
        foreach (var record in reader.Records())
        {
            blocks += record.Block.Length;
            if (record.Type != "response") continue;
            try { _ = HttpMessage.Parse(record.Block); }
            catch (FormatException) { } // documented: WarcSource turns it into a rejected row
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (blocks > plainLength) throw new PropertyFailed($"{blocks} block bytes from {plainLength} bytes of WARC");
        if (allocated > 16 * plainLength + (4 << 20)) throw new PropertyFailed($"{allocated:N0} bytes allocated to read {plainLength:N0} bytes of WARC");
    }

    /// <summary>How many bytes the reader can see: those decompressed before the end or the first corrupt byte.</summary>
    static long DecompressedLength(byte[] gz)
    {
        long total = 0;
        try
        {
            using var z = new GZipStream(new MemoryStream(gz), CompressionMode.Decompress);
            var buffer = new byte[1 << 16];
            for (int n; (n = z.Read(buffer)) > 0 && total <= 64 << 20;) total += n;
        }
        catch (InvalidDataException) { }
        return total;
    }

    static readonly string[] Paths = ["/", "/robots.txt", "/news/2024/a.html", "/a*b$", "/%E4%B8%AD/", "/中文/", "/?q=1&r=%", "/" + new string('a', 300)];

    /// <summary>Parsing and matching are total; every rule's own text is also tried as a path.</summary>
    static void Robots(byte[] input)
    {
        var robots = RobotsTxt.Parse(input, "PressMine");
        if (robots.CrawlDelay is { } delay && (delay < TimeSpan.Zero || delay > TimeSpan.FromDays(1))) throw new PropertyFailed($"crawl-delay {delay}");
        if (robots.Sitemaps.Count > input.Length) throw new PropertyFailed("more sitemaps than bytes");
        var text = Utf8.GetString(input);
        var candidates = Paths.Concat(text.Split('\n').Select(l => l.Contains(':') ? l[(l.IndexOf(':') + 1)..].Trim() : l).Where(l => l.StartsWith('/')).Take(50));
        foreach (var path in candidates)
            if (Uri.TryCreate("http://news.example.cn" + path, UriKind.Absolute, out var url)) _ = robots.IsAllowed(url);
    }

    /// <summary>Tokens lie inside the text, in order, without overlap; values are finite; a rendered integer parses back to itself.</summary>
    static void Numbers(byte[] input)
    {
        var text = Utf8.GetString(input);
        var tokens = ChineseNumberParser.FindAll(text);
        int previousEnd = 0;
        foreach (var t in tokens)
        {
            if (t.Start < previousEnd || t.NumeralStart < t.Start || t.End <= t.NumeralStart || t.End > text.Length)
                throw new PropertyFailed($"token {t} out of order or bounds in {text.Length} chars");
            if (t.Value is { } v && (double.IsNaN(v) || double.IsInfinity(v))) throw new PropertyFailed($"token value {v}");
            previousEnd = t.End;
        }
        _ = ChineseNumberParser.ParseValue(text);
        long n = input.Length >= 8 ? (long)(BitConverter.ToUInt64(input, 0) % 1_000_000_000_000UL) : input.Length;
        var rendered = ChineseNumerals.Render(n);
        if (ChineseNumberParser.ParseValue(rendered) != n) throw new PropertyFailed($"{rendered} parsed as {ChineseNumberParser.ParseValue(rendered)}, not {n}");
    }

    static readonly Uri Page = new("http://news.example.cn/list/1.html");

    /// <summary>Resolving never throws; a canonical URL is http(s), bounded, and canonical again when resolved again.</summary>
    static void Links(byte[] input)
    {
        var text = Utf8.GetString(input);
        CheckLink(text);
        var (links, baseUrl) = LinkExtractor.Extract(Page, input, input.Length > 0 && input[0] == '<' && input.AsSpan().IndexOf("<?xml"u8) == 0 ? "application/xml" : "text/html");
        if (links.Count > input.Length) throw new PropertyFailed($"{links.Count} links from {input.Length} bytes");
        foreach (var link in links) CheckLink(link.Href, baseUrl);
    }

    static void CheckLink(string href, Uri? baseUrl = null)
    {
        var resolution = UrlCanonicalizer.Resolve(href, baseUrl ?? Page);
        if (resolution.Url is not { } url) return;
        if (url.Scheme is not ("http" or "https")) throw new PropertyFailed($"scheme {url.Scheme}");
        if (url.AbsoluteUri.Length > 9 * href.Length + 200) throw new PropertyFailed($"{href.Length}-char link became {url.AbsoluteUri.Length} chars");
        var again = UrlCanonicalizer.Resolve(url.AbsoluteUri, null, int.MaxValue).Url;
        if (again?.AbsoluteUri != url.AbsoluteUri) throw new PropertyFailed($"not idempotent: {url.AbsoluteUri} → {again?.AbsoluteUri ?? "(none)"}");
    }
}

/// <summary>A property did not hold (as opposed to the code under test throwing).</summary>
public sealed class PropertyFailed(string message) : Exception(message);
