using System.Text.RegularExpressions;
using PressMine.Clean.Lexicon;

namespace PressMine.Clean;

/// <summary>Rules that recognise page furniture: breadcrumbs, share bars, footers, licences, related lists.</summary>
internal static partial class BoilerplateRules
{
    // The phrases and labels live in corpus/clean/boilerplate.txt.
    private static CleanLexicon Lexicon => CleanLexicon.Default;
    private static Regex BreadcrumbLabel() => Lexicon.BreadcrumbLabel;
    private static Regex CrumbSeparator() => Lexicon.CrumbSeparator;
    private static Regex FurnitureMarker() => Lexicon.FurnitureMarker;
    private static Regex StopMarker() => Lexicon.StopHeading;

    // A headline that ends in its listing date: "…疫情2024-08-19", "…【2020-01-31 01:07】", "…(02-25)".
    [GeneratedRegex(@"(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|[\[(（【]\d{1,2}[-/]\d{1,2}[\])）】])[\])）】]?$")]
    private static partial Regex EndsWithListingDate();

    // Only dates and times, month-day style: "02-25 11-24", "[08-19]".
    [GeneratedRegex(@"^[\[(（【]?\d{1,2}[-/.月]\d{1,2}日?[\])）】]?(?:\s+\d{1,2}[-:]\d{2})?$")]
    private static partial Regex MonthDayOnly();

    // A row of short bracketed commands: "【打印本页】【关闭窗口】", "[收藏] [打印] [关闭]".
    [GeneratedRegex(@"^(?:\s*[【\[][^【】\[\]]{1,12}[】\]]\s*){2,}$")]
    private static partial Regex ToolbarRow();

    [GeneratedRegex(@"^[\p{P}\p{S}\s]*$")]
    private static partial Regex PunctuationOnly();

    /// <summary>Breadcrumb trails: "您当前的位置 : 中国宁波网 > 新闻中心", "首页>>万源>>社会".</summary>
    public static bool IsBreadcrumb(string line)
    {
        if (line.Length > 150 || line.Contains('。')) return false;
        if (BreadcrumbLabel().IsMatch(line)) return true;
        var parts = CrumbSeparator().Split(line).Where(p => p.Length > 0).ToArray();
        return parts.Length >= 3 && parts.All(p => p.Length <= 16) && (Lexicon.HomeCrumbs.Contains(parts[0]) || parts.Length >= 4);
    }

    /// <summary>The first crumb after the label that names a site (not 首页), e.g. 中国宁波网.</summary>
    public static string? SiteFromBreadcrumb(string line)
    {
        var rest = BreadcrumbLabel().Replace(line, "");
        var first = CrumbSeparator().Split(rest).Select(TextNormalizer.CleanLine).FirstOrDefault(p => p.Length > 0);
        return first is not null && first.Length <= 12 && !first.Contains("首页") && (first.EndsWith('网') || first.EndsWith("新闻")) ? first : null;
    }

    /// <summary>Headings that open a related-links or comments list; what follows them is not the article.</summary>
    public static bool IsStopMarker(string line) => line.Length <= 14 && StopMarker().IsMatch(line);

    /// <summary>Footer, share bar, licence, hotline, navigation and related-headline lines.</summary>
    public static bool IsFurniture(string line)
    {
        if (line.Length == 0 || PunctuationOnly().IsMatch(line)) return true;
        bool sentenceLike = line.Contains('。') && line.Length > 40;
        if (!sentenceLike && FurnitureMarker().IsMatch(line)) return true;
        if (IsNavigation(line) || ToolbarRow().IsMatch(line)) return true;
        if (MonthDayOnly().IsMatch(line)) return true;
        return IsRelatedHeadline(line);
    }

    /// <summary>A line of short items separated by | (menus, footer links).</summary>
    public static bool IsNavigation(string line)
    {
        if (line.Contains('。')) return false;
        var items = line.Split(['|', '｜', '┊', '•'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length < 3) return false;
        return items.Count(i => i.Length <= 16) * 3 >= items.Length * 2;
    }

    /// <summary>A listed headline with its date at the end, as in related-news blocks.</summary>
    public static bool IsRelatedHeadline(string line)
        => line.Length <= 90 && !line.Contains('。') && EndsWithListingDate().IsMatch(line)
           && TextNormalizer.CjkCount(line) >= 4 && !MetadataLines.IsMetaLine(line);
}
