using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PressMine.Clean;

/// <summary>
/// Publish-time candidates a page declares for machines: meta tags and itemprop markup, JSON-LD, and the dates in
/// the page's own URLs (the crawl's URL, canonical link, og:url and the like).
/// </summary>
internal static partial class HeadDates
{

    [GeneratedRegex(@"url\s*=\s*(?<u>\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlInContent();

    public static List<DateCandidate> Find(IDocument doc, string? pageUrl, PublishDateCues cues, PublishDateOptions o)
    {
        var found = new List<DateCandidate>();
        var urls = new List<string?> { pageUrl, doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href") };
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var key = (m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop"))?.Trim();
            var content = m.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(content)) continue;
            if (cues.UrlAttributes.Contains(key)) urls.Add(UrlInContent().Match(content) is { Success: true } u ? u.Groups["u"].Value : content);
            bool declares = cues.MetaKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
            bool confirms = cues.ConfirmingMetaKeys.Contains(key);
            if ((declares || confirms) && PublishTimeParser.FindInText(content) is { } value)
                found.Add(new DateCandidate(value, DateBasis.Meta, o.DeclaredStrength, ConfirmsOnly: !declares));
        }
        foreach (var e in doc.QuerySelectorAll("[itemprop='datePublished']:not(meta), time[pubdate]"))
            if (PublishTimeParser.FindInText(e.GetAttribute("datetime") ?? e.GetAttribute("content") ?? e.TextContent) is { } value)
                found.Add(new DateCandidate(value, DateBasis.Meta, o.DeclaredStrength));
        foreach (var value in JsonLdDates(doc, cues, o))
            found.Add(new DateCandidate(value, DateBasis.JsonLd, o.DeclaredStrength));
        foreach (var url in urls.Where(u => !string.IsNullOrWhiteSpace(u)).Distinct())
            if (PublishTimeParser.FromUrl(url) is { } day)
                found.Add(new DateCandidate(day, DateBasis.Url, o.UrlStrength));
        return found;
    }

    private static IEnumerable<string> JsonLdDates(IDocument doc, PublishDateCues cues, PublishDateOptions o)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var json = script.TextContent;
            if (json.Length > o.MaxJsonLdChars) continue;
            string? value = null;
            try
            {
                using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                value = Find(parsed.RootElement, cues.JsonLdKeys, o.MaxJsonDepth);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other places still count.
            }
            if (value is not null && PublishTimeParser.FindInText(value) is { } date) yield return date;
        }
    }

    /// <summary>Depth-first, at most <paramref name="levelsLeft"/> levels further down.</summary>
    private static string? Find(JsonElement e, IReadOnlyList<string> keys, int levelsLeft)
    {
        if (levelsLeft < 0) return null;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                if (Find(item, keys, levelsLeft - 1) is { } hit) return hit;
            return null;
        }
        if (e.ValueKind != JsonValueKind.Object) return null;
        if (e.TryGetProperty("@graph", out var graph)) return Find(graph, keys, levelsLeft - 1);
        foreach (var key in keys)
            if (e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String) return v.GetString();
        return null;
    }
}
