using System.Text.RegularExpressions;
using PressMine.Clean.Lexicon;

namespace PressMine.Clean;

/// <summary>Strips site names and channel suffixes from page titles ("标题 - 中国宁波网", "标题_新闻中心_达州日报网").</summary>
internal static partial class TitleCleaner
{
    // Site-name endings and report words live in corpus/clean/site-names.txt.
    private static SiteNameSuffixes Sites => CleanLexicon.Default.Sites;
    private static Regex Separator() => Sites.TitleSeparator;
    private static Regex SiteLike() => Sites.SiteLike;
    private static Regex OutletLike() => Sites.OutletLike;
    private static Regex NotSiteNameRegex() => Sites.NotSiteName;

    /// <summary>The headline part of a page title; returns null when nothing but a site name is left.</summary>
    public static string? Clean(string? title, IEnumerable<string>? siteNames = null)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = TextNormalizer.CleanLine(title);
        HashSet<string> names = siteNames?.Where(n => !string.IsNullOrEmpty(n)).ToHashSet() ?? [];
        while (true)
        {
            var seps = Separator().Matches(t);
            if (seps.Count == 0) break;
            var sep = seps[^1];
            var before = t[..sep.Index].Trim();
            var last = t[(sep.Index + sep.Length)..].Trim();
            if (before.Length == 0 || last.Length == 0) break;
            bool siteSuffix = names.Contains(last) || SiteLike().IsMatch(last) && last.Length <= 20 && !NotSiteName(last)
                              || last.Length <= 8 && TextNormalizer.CjkCount(before) >= 8;
            if (!siteSuffix) break;
            t = before;
        }
        if (names.Contains(t) || t.Length == 0) return null;
        return StripSitePrefix(t, names);
    }

    // "桃源新闻网-桃源县开展…", "某某日报｜…", "某县融媒体中心：…", "【某某新闻网】…": a site name, a separator, then the headline.
    [GeneratedRegex(@"^(?:(?<site>[^\s\-–—_|｜:：【】\[\]]{2,20}?)\s*(?<sep>——|--|[-–—_|｜]|[:：])|[【\[](?<site>[^【】\[\]]{2,20})[】\]])\s*(?<rest>.+)$")]
    private static partial Regex PrefixSeparator();

    /// <summary>
    /// Drops a leading site name. A colon after a plain name is a headline form ("桃源县：…"), so a colon prefix must
    /// end like an outlet (…网, …报, …融媒体中心); the other separators also accept a known site name or a 政府/门户 name.
    /// </summary>
    public static string StripSitePrefix(string title, IReadOnlySet<string>? siteNames = null)
    {
        var m = PrefixSeparator().Match(title);
        if (!m.Success) return title;
        var site = m.Groups["site"].Value;
        var rest = m.Groups["rest"].Value.Trim();
        if (site.Length < 3 || TextNormalizer.CjkCount(rest) < 6) return title;
        bool colon = m.Groups["sep"].Value is ":" or "：";
        bool known = siteNames is not null && siteNames.Contains(site);
        bool siteLike = known || !NotSiteName(site) && (OutletLike().IsMatch(site) || !colon && SiteLike().IsMatch(site));
        return siteLike ? rest : title;
    }

    /// <summary>The site-name prefix of a title ("桃源新闻网-…" → 桃源新闻网), when it looks like an outlet.</summary>
    public static string? SitePrefix(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = TextNormalizer.CleanLine(title);
        var stripped = StripSitePrefix(t);
        if (stripped == t) return null;
        var site = PrefixSeparator().Match(t).Groups["site"].Value;
        return OutletLike().IsMatch(site) ? site : null;
    }

    private static bool NotSiteName(string part) => NotSiteNameRegex().IsMatch(part);

    /// <summary>A short name ending like a site's (…网, …新闻, …在线): a &lt;title&gt; that holds the site name only.</summary>
    public static bool LooksLikeSiteName(string text) => text.Length <= 12 && SiteLike().IsMatch(text) && !Separator().IsMatch(text);

    /// <summary>The site-name suffix of a title ("… - 中国宁波网" → 中国宁波网), when it looks like one.</summary>
    public static string? SiteSuffix(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var parts = Separator().Split(TextNormalizer.CleanLine(title));
        if (parts.Length < 2) return null;
        var last = parts[^1].Trim();
        return last.Length is >= 2 and <= 16 && SiteLike().IsMatch(last) ? last : null;
    }
}
