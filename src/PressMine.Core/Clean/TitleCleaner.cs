using System.Text.RegularExpressions;

namespace PressMine.Clean;

/// <summary>Strips site names and channel suffixes from page titles ("标题 - 中国宁波网", "标题_新闻中心_达州日报网").</summary>
public static partial class TitleCleaner
{
    [GeneratedRegex(@"\s*(?:\s[-–—|｜]\s|_|｜|\||——|--|-{1}(?=[^-]*(?:网|报|新闻|频道|在线|门户|政府|Online|News)\s*$))\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?:网|报|新闻|频道|在线|门户|政府|中心|官网|首页|栏目|专题|Online|News|\.com|\.cn)$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteLike();

    /// <summary>The headline part of a page title; returns null when nothing but a site name is left.</summary>
    public static string? Clean(string? title, IEnumerable<string>? siteNames = null)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = TextNormalizer.CleanLine(title);
        var names = siteNames?.Where(n => !string.IsNullOrEmpty(n)).ToHashSet() ?? [];
        while (true)
        {
            var seps = Separator().Matches(t);
            if (seps.Count == 0) break;
            var sep = seps[^1];
            var before = t[..sep.Index].Trim();
            var last = t[(sep.Index + sep.Length)..].Trim();
            if (before.Length == 0 || last.Length == 0) break;
            bool siteSuffix = names.Contains(last) || SiteLike().IsMatch(last) && last.Length <= 20
                              || last.Length <= 8 && TextNormalizer.CjkCount(before) >= 8;
            if (!siteSuffix) break;
            t = before;
        }
        if (names.Contains(t) || t.Length == 0) return null;
        return t;
    }

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
