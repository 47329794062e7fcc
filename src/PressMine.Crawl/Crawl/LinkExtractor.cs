using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PressMine.Decode;

namespace PressMine.Crawl;

/// <summary>A link found in a fetched document, still as written.</summary>
internal sealed record FoundLink(string Href, EntryKind Kind);

/// <summary>Links out of HTML pages (a/area href, RSS/Atom alternates), sitemaps (urlset, sitemapindex) and RSS/Atom feeds.</summary>
internal static class LinkExtractor
{
    const int MaxLinksPerDocument = 5000;

    /// <summary>The links of a document and the base URL they are relative to.</summary>
    public static (IReadOnlyList<FoundLink> Links, Uri Base) Extract(Uri url, byte[] body, string? contentType)
    {
        if (body.Length == 0) return ([], url);
        if (LooksLikeXml(body, contentType)) return (FromXml(body), url);
        if (contentType is not null && !contentType.Contains("html", StringComparison.OrdinalIgnoreCase)) return ([], url);
        return FromHtml(url, body, contentType);
    }

    static bool LooksLikeXml(byte[] body, string? contentType)
    {
        if (contentType is not null && (contentType.Contains("xml", StringComparison.OrdinalIgnoreCase) && !contentType.Contains("xhtml", StringComparison.OrdinalIgnoreCase)))
            return true;
        var head = System.Text.Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 256)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return head.StartsWith("<?xml", StringComparison.Ordinal) && !head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<rss", StringComparison.Ordinal) || head.StartsWith("<urlset", StringComparison.Ordinal);
    }

    static (IReadOnlyList<FoundLink>, Uri) FromHtml(Uri url, byte[] body, string? contentType)
    {
        var decoded = CharsetDecoder.Decode(body, contentType, isHtml: true, out _);
        if (decoded is null) return ([], url);
        var document = new HtmlParser().ParseDocument(decoded.Text);
        var baseUrl = document.QuerySelector("base[href]")?.GetAttribute("href") is { } b && Uri.TryCreate(url, b, out var parsed) ? parsed : url;
        var links = new List<FoundLink>();
        foreach (var feed in document.QuerySelectorAll("link[rel~=alternate][href]"))
        {
            var type = feed.GetAttribute("type") ?? "";
            if (type.Contains("rss", StringComparison.OrdinalIgnoreCase) || type.Contains("atom", StringComparison.OrdinalIgnoreCase))
                links.Add(new FoundLink(feed.GetAttribute("href")!, EntryKind.Feed));
        }
        foreach (var anchor in document.QuerySelectorAll("a[href], area[href]"))
        {
            if (links.Count >= MaxLinksPerDocument) break;
            var rel = anchor.GetAttribute("rel") ?? "";
            if (rel.Contains("nofollow", StringComparison.OrdinalIgnoreCase)) continue;
            links.Add(new FoundLink(anchor.GetAttribute("href")!, EntryKind.Page));
        }
        return (links, baseUrl);
    }

    /// <summary>sitemapindex/sitemap/loc → sitemaps; urlset/url/loc, rss item/link, atom entry/link@href → pages.</summary>
    static IReadOnlyList<FoundLink> FromXml(byte[] body)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return [];
        }
        var links = new List<FoundLink>();
        foreach (var element in document.Descendants())
        {
            var name = element.Name.LocalName;
            var parent = element.Parent?.Name.LocalName;
            if (name == "loc" && parent == "sitemap") links.Add(new FoundLink(element.Value.Trim(), EntryKind.Sitemap));
            else if ((name == "loc" && parent == "url") || (name == "link" && parent == "item")) links.Add(new FoundLink(element.Value.Trim(), EntryKind.Page));
            else if (name == "link" && parent == "entry" && ((string?)element.Attribute("rel") ?? "alternate") == "alternate"
                     && (string?)element.Attribute("href") is { } href)
                links.Add(new FoundLink(href, EntryKind.Page));
            if (links.Count >= MaxLinksPerDocument) break;
        }
        return links;
    }
}
