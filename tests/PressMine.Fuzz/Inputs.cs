using System.IO.Compression;
using System.Text;
using CsCheck;

namespace PressMine.Fuzz;

/// <summary>Generators of hostile input: Chinese text, tag soup, WARC files, robots.txt, numerals, URLs — and byte-level mutations of them.</summary>
public static class Inputs
{
    static readonly Encoding Utf8 = new UTF8Encoding(false);

    public static Gen<string> Hanzi => Gen.Char[SeedCorpus.Hanzi].Array[1, 12].Select(c => new string(c));
    public static Gen<string> CorpusLine => Gen.Int[0, SeedCorpus.Lines.Length - 1].Select(i => SeedCorpus.Lines[i]);
    public static Gen<string> Numeral => Gen.Char["〇零一二三四五六七八九两十百千万亿点0123456789.%％０１２３４５６７８９约近余多几数-至到个"].Array[1, 10].Select(c => new string(c));
    public static Gen<string> Noise => Gen.Char["<>&;#\"'=/\\%\0\r\n\t \u00A0\u3000\uFEFF\u200B\uFFFD\uD800\uDC00"].Array[0, 6].Select(c => new string(c));

    /// <summary>Chinese prose: corpus lines, characters, numerals and noise run together.</summary>
    public static Gen<string> ChineseText =>
        GenMix.Frequency((4, CorpusLine), (3, Hanzi), (2, Numeral), (1, Noise), (1, Gen.OneOf("\n", "\n\n", " ", "，", "。")))
            .List[0, 40].Select(parts => string.Concat(parts));

    static readonly string[] Tags =
    [
        "div", "p", "span", "a", "br", "h1", "h2", "table", "tr", "td", "ul", "li", "script", "style", "iframe", "noscript",
        "template", "svg", "math", "article", "section", "header", "footer", "nav", "font", "center", "b", "img", "form", "textarea", "title", "meta",
    ];
    static readonly string[] Attributes = ["class", "id", "href", "src", "style", "charset", "content", "name", "property", "rel", "type"];

    static Gen<string> Attribute =>
        from name in Gen.OneOf(Attributes)
        from value in GenMix.OneOf(Hanzi, Noise, Gen.OneOf("content", "article", "gbk", "big5", "utf-8", "og:site_name", "text/html; charset=gb2312", "javascript:alert(1)"))
        from quote in Gen.OneOf("\"", "'", "")
        select $" {name}={quote}{value}{quote}";

    static Gen<string> Element(int depth)
    {
        var leaf = GenMix.Frequency((5, ChineseText), (1, Gen.OneOf("<!-- 注释 -->", "<![CDATA[x]]>", "&nbsp;", "&#x4E2D;", "&#99999999;", "&amp", "</p>", "<br/>", "<p", "<!DOCTYPE html>")));
        if (depth == 0) return leaf;
        var inner = Element(depth - 1);
        var element =
            from tag in Gen.OneOf(Tags)
            from attributes in Attribute.List[0, 3]
            from children in inner.List[0, 5]
            from closed in Gen.Int[0, 9]
            select $"<{tag}{string.Concat(attributes)}>{string.Concat(children)}{(closed > 0 ? $"</{tag}>" : "")}";
        return GenMix.Frequency((2, leaf), (3, element));
    }

    /// <summary>A page: head with title/meta, a body of nested tag soup (depth ≤ 6).</summary>
    public static Gen<string> Html =>
        from title in ChineseText
        from charset in Gen.OneOf("", "<meta charset=\"utf-8\">", "<meta charset=\"gbk\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "<meta charset=\"x-nonsense\">")
        from site in Hanzi
        from body in Element(6).List[1, 6]
        select $"<html><head>{charset}<title>{title}</title><meta property=\"og:site_name\" content=\"{site}\"></head><body>{string.Concat(body)}</body></html>";

    public static Gen<byte[]> HtmlBytes => GenMix.Frequency(
        (3, Html.Select(Utf8.GetBytes)),
        (1, Html.Select(h => Gb18030.GetBytes(h))),
        (2, Gen.Int[0, SeedCorpus.HtmlPages.Length - 1].Select(i => SeedCorpus.HtmlPages[i])));

    public static Gen<byte[]> DumpBytes => GenMix.Frequency(
        (3, ChineseText.Select(Utf8.GetBytes)),
        (2, Gen.Int[0, SeedCorpus.DumpPages.Length - 1].Select(i => SeedCorpus.DumpPages[i])));

    public static Encoding Gb18030
    {
        get { Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); return Encoding.GetEncoding("gb18030"); }
    }

    /// <summary>1–8 byte-level edits: flip, delete, duplicate, insert interesting bytes, truncate.</summary>
    public static Gen<byte[]> Mutate(Gen<byte[]> source) =>
        from data in source
        from edits in Edit.List[1, 8]
        select edits.Aggregate(data, (d, edit) => edit(d));

    static readonly byte[][] Interesting =
    [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x84, 0x31, 0x95, 0x33], [0], [0xFF], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80],
        "\r\n"u8.ToArray(), "\r\n\r\n"u8.ToArray(), "<div>"u8.ToArray(), "</div>"u8.ToArray(), "<script>"u8.ToArray(), "<!--"u8.ToArray(),
        "&#x"u8.ToArray(), "charset=big5"u8.ToArray(), "WARC/1.1\r\n"u8.ToArray(), "Content-Length: "u8.ToArray(), "99999"u8.ToArray(),
        "Transfer-Encoding: chunked\r\n"u8.ToArray(), "*"u8.ToArray(), "$"u8.ToArray(), "%"u8.ToArray(), "一百二十四"u8.ToArray(),
    ];

    static Gen<Func<byte[], byte[]>> Edit => GenMix.Frequency(
        (3, from at in Gen.Double[0.0, 0.999] from bit in Gen.Int[0, 7] select (Func<byte[], byte[]>)(d => Flip(d, at, bit))),
        (2, from at in Gen.Double[0.0, 0.999] from length in Gen.Int[1, 64] select (Func<byte[], byte[]>)(d => Delete(d, at, length))),
        (2, from at in Gen.Double[0.0, 0.999] from length in Gen.Int[1, 256] select (Func<byte[], byte[]>)(d => Duplicate(d, at, length))),
        (3, from at in Gen.Double[0.0, 0.999] from pick in Gen.Int[0, Interesting.Length - 1] select (Func<byte[], byte[]>)(d => Insert(d, at, Interesting[pick]))),
        (1, from at in Gen.Double[0.0, 0.999] select (Func<byte[], byte[]>)(d => d[..(int)(d.Length * at)])));

    static int Position(byte[] d, double at) => Math.Min(d.Length, (int)(d.Length * at));
    static byte[] Flip(byte[] d, double at, int bit)
    {
        if (d.Length == 0) return d;
        var copy = (byte[])d.Clone();
        copy[Math.Min(d.Length - 1, Position(d, at))] ^= (byte)(1 << bit);
        return copy;
    }
    static byte[] Delete(byte[] d, double at, int length) { int p = Position(d, at); return [.. d[..p], .. d[Math.Min(d.Length, p + length)..]]; }
    static byte[] Duplicate(byte[] d, double at, int length) { int p = Position(d, at); var piece = d[p..Math.Min(d.Length, p + length)]; return [.. d[..p], .. piece, .. piece, .. d[p..]]; }
    static byte[] Insert(byte[] d, double at, byte[] piece) { int p = Position(d, at); return [.. d[..p], .. piece, .. d[p..]]; }

    /// <summary>A WARC record whose block is an HTTP response (sometimes chunked) around a page; Content-Length mostly right.</summary>
    static Gen<byte[]> WarcRecord =>
        from type in Gen.OneOf("response", "resource", "request", "metadata", "warcinfo", "revisit")
        from version in Gen.OneOf("WARC/1.1", "WARC/1.0", "WARC/0.9", "warc/1.1")
        from status in Gen.OneOf("200 OK", "404 Not Found", "301 Moved", "200", "abc")
        from contentType in Gen.OneOf("text/html; charset=utf-8", "text/html; charset=gbk", "text/plain", "application/octet-stream", "")
        from chunked in Gen.Int[0, 3]
        from body in GenMix.OneOf(HtmlBytes, DumpBytes)
        from delta in GenMix.Frequency((8, Gen.Const(0)), (2, Gen.Int[-40, 40]))
        from id in Gen.Int[0, 3]
        select RecordBytes(type, version, status, contentType, chunked == 0, body, delta, id);

    static byte[] RecordBytes(string type, string version, string status, string contentType, bool chunked, byte[] body, int delta, int id)
    {
        var payload = chunked ? [.. Encoding.ASCII.GetBytes($"{body.Length:x}\r\n"), .. body, .. "\r\n0\r\n\r\n"u8] : body;
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\n{(chunked ? "Transfer-Encoding: chunked\r\n" : "")}\r\n");
        byte[] block = [.. http, .. payload];
        var head = $"{version}\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:0000-{id}>\r\nWARC-Target-URI: http://news.example.cn/{id}.html\r\n" +
                   $"WARC-Date: 2024-03-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {Math.Max(0, block.Length + delta)}\r\n\r\n";
        return [.. Encoding.UTF8.GetBytes(head), .. block, .. "\r\n\r\n"u8];
    }

    /// <summary>Input of the WARC target: first byte odd = the rest is gzip (one member per record), then mutated.</summary>
    public static Gen<byte[]> Warc =>
        from records in WarcRecord.List[1, 4]
        from gzip in Gen.Bool
        from mutated in GenMix.Frequency((1, Gen.Const(false)), (2, Gen.Const(true)))
        from edits in Edit.List[1, 6]
        let plain = gzip ? records.SelectMany(Gzip).ToArray() : records.SelectMany(r => r).ToArray()
        let data = mutated ? edits.Aggregate(plain, (d, e) => e(d)) : plain
        select (byte[])[(byte)(gzip ? 1 : 0), .. data];

    static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return output.ToArray();
    }

    static Gen<string> RobotsPattern => Gen.Char["/ab*$%?=&.-_中文2F"].Array[0, 16].Select(c => new string(c));

    public static Gen<byte[]> Robots =>
        GenMix.Frequency(
            (2, Gen.OneOf("User-agent", "user-agent", "USER-AGENT ").SelectMany(k => Gen.OneOf("*", "PressMine", "PressMine/1.0", "OtherBot", "").Select(v => $"{k}: {v}"))),
            (4, Gen.OneOf("Allow", "Disallow", "disallow").SelectMany(k => RobotsPattern.Select(v => $"{k}: {v}"))),
            (1, Gen.OneOf("1", "0.5", "-1", "1e308", "NaN", "Infinity", "86401", "abc").Select(v => $"Crawl-delay: {v}")),
            (1, GenMix.OneOf(Hanzi, Noise).Select(v => $"Sitemap: http://n.cn/{v}")),
            (1, GenMix.OneOf(Hanzi, Noise, CorpusLine)))
        .List[0, 30]
        .SelectMany(lines => Gen.OneOf("\n", "\r\n", "\r").Select(eol => Utf8.GetBytes(string.Join(eol, lines))));

    /// <summary>Numerals in context: Chinese and Arabic digits, ranges, approximations, percent, width variants.</summary>
    public static Gen<byte[]> Numbers =>
        GenMix.Frequency((4, Numeral), (2, ChineseText), (1, Hanzi))
            .List[1, 12].Select(parts => Utf8.GetBytes(string.Concat(parts)));

    static Gen<string> Host => GenMix.OneOf(
        Gen.OneOf("news.example.cn", "[::1]", "[::1]:8080", "[2001:db8::1]", "[fe80::1%25eth0]", "[64:ff9b::a9fe:a9fe]", "[::ffff:127.0.0.1]",
            "0x7f.1", "2130706433", "127.1", "localhost.", "xn--fiqs8s", "中文.中国", "a..b", "[", "]", ":80", "user:pw@h", "%zz", ""),
        Hanzi.Select(h => h + ".cn"));

    static Gen<string> UrlPart => Gen.Char["/?#&=%.:@!$'()*+,;~-_azAZ09 中\\[]{}|^`\"<>\u00e9\uD800"].Array[0, 24].Select(c => new string(c));

    /// <summary>Link strings as pages write them.</summary>
    public static Gen<string> Link =>
        from scheme in Gen.OneOf("http://", "https://", "HTTP://", "//", "", "javascript:", "mailto:", "data:", "ftp://", "http:", "http:\\\\", "   ")
        from host in Host
        from path in UrlPart
        select scheme + host + path;

    /// <summary>Input of the link target: a link, or an HTML/XML document of links.</summary>
    public static Gen<byte[]> Links => GenMix.Frequency(
        (3, Link.Select(Utf8.GetBytes)),
        (2, Link.List[0, 20].Select(links => Utf8.GetBytes("<html><body>" + string.Concat(links.Select(l => $"<a href=\"{System.Net.WebUtility.HtmlEncode(l)}\">x</a>")) + "</body></html>"))),
        (1, Link.List[0, 20].Select(links => Utf8.GetBytes("<?xml version=\"1.0\"?><urlset>" + string.Concat(links.Select(l => $"<url><loc>{System.Security.SecurityElement.Escape(l)}</loc></url>")) + "</urlset>"))));
}
