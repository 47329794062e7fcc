using System.Text.Json;
using AngleSharp.Dom;

namespace PressMine.Clean;

/// <summary>Metadata a page declares for machines: title tags, meta tags and JSON-LD (its dates: <see cref="HeadDates"/>).</summary>
internal sealed record HtmlHeadMetadata(string? DocumentTitle, string? OgTitle, string? SiteName,
    string? Source, string? Author, string? CanonicalUrl = null)
{
    private const int MaxJsonLdChars = 200_000;

    public static HtmlHeadMetadata Read(IDocument doc)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            var content = m.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content)) metas.TryAdd(key.Trim(), content.Trim());
        }
        var (ldHeadline, ldAuthor, ldPublisher) = ReadJsonLd(doc);

        return new HtmlHeadMetadata(
            DocumentTitle: doc.QuerySelector("title")?.TextContent is { } t ? TextNormalizer.CleanLine(t) : null,
            OgTitle: Get(metas, "og:title") ?? Get(metas, "ArticleTitle") ?? ldHeadline,
            SiteName: Get(metas, "og:site_name") ?? Get(metas, "SiteName") ?? Get(metas, "site_name") ?? ldPublisher,
            Source: Get(metas, "ContentSource") ?? Get(metas, "source"),
            Author: Get(metas, "author") ?? ldAuthor,
            CanonicalUrl: doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Get(metas, "og:url"));
    }

    private static string? Get(Dictionary<string, string> metas, string key)
        => metas.TryGetValue(key, out var v) && v.Length is > 0 and <= 200 ? TextNormalizer.CleanLine(v) : null;

    private static (string? Headline, string? Author, string? Publisher) ReadJsonLd(IDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var json = script.TextContent;
            if (json.Length > MaxJsonLdChars) continue;
            try
            {
                using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                var found = Find(parsed.RootElement, 0);
                if (found.Headline is not null) return found;
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other signals still apply.
            }
        }
        return default;
    }

    private static (string? Headline, string? Author, string? Publisher) Find(JsonElement e, int depth)
    {
        if (depth > 8) return default;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                if (Find(item, depth + 1) is { Headline: not null } hit) return hit;
            return default;
        }
        if (e.ValueKind != JsonValueKind.Object) return default;
        if (e.TryGetProperty("@graph", out var graph)) return Find(graph, depth + 1);
        return (Str(e, "headline"), Name(e, "author"), Name(e, "publisher"));
    }

    private static string? Str(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Name(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0) v = v[0];
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => Str(v, "name"),
            _ => null,
        };
    }
}
