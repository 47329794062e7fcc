using System.Text.RegularExpressions;

namespace PressMine.Clean;

/// <summary>Rules that recognise page furniture: breadcrumbs, share bars, footers, licences, related lists.</summary>
internal static partial class BoilerplateRules
{
    [GeneratedRegex(@"^(?:您?(?:当前|现在)?的?(?:所在)?位置|当前位置|所在位置|现在位置)\s*[:：]?")]
    private static partial Regex BreadcrumbLabel();

    [GeneratedRegex(@"\s*(?:>>|>|»|→|／|＞|›)\s*")]
    private static partial Regex CrumbSeparator();

    // Markers that are furniture wherever they appear in a short line.
    [GeneratedRegex(@"版权所有|All Rights Reserved|Copyright|©|\(C\)|ICP\s*备|ICP证|公网安备|许可证\s*[:：编号]|许可证$|举报电话|举报邮箱|举报中心|不良信息举报|违法和不良|纠错\s*[:：]|报料热线|新闻热线|监督热线|热线电话|投稿邮箱|客服QQ|通讯员群|未经授权|禁止转载|转载请注明|不得转载|本网站所刊|免责声明|版权声明|网站地图|设为首页|设为主页|加入收藏|关于我们|联系我们|返回顶部|返回首页|关闭(?:窗口|本页|此页)|打印(?:本页|此页|文章|本文)|收藏本页|【打印】|【关闭】|\[打印\]|\[关闭\]|字号\s*[:：]|字体\s*[:：]|[【\[]\s*[大中小]\s*[】\]]|大\s+中\s+小|分享到|扫一扫|扫码|二维码|手机读报|手机版|客户端|微信公众号|官方微信|官方微博|关注我们|上一篇|下一篇|^主办\s*[:：]|^承办\s*[:：]|^协办\s*[:：]|^地址\s*[:：]|^电话\s*[:：]|^邮编\s*[:：]|^技术支持|^今天是.{0,20}星期|^\[?详细\]?$|\[详细\]$|\[全文\]$|详细>>$|更多>>$")]
    private static partial Regex FurnitureMarker();

    [GeneratedRegex(@"^(?:推荐阅读|相关阅读|相关新闻|相关文章|相关链接|相关报道|延伸阅读|热点推荐|精彩推荐|今日推荐|猜你喜欢|热门文章|热点新闻|热门推荐|往期回顾|图片新闻|最新新闻|最新文章|网友评论|发表评论|我要评论|为你推荐|更多新闻|热点排行|点击排行)\s*[:：>»]*$")]
    private static partial Regex StopMarker();

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
        return parts.Length >= 3 && parts.All(p => p.Length <= 16) && (parts[0] is "首页" or "主页" or "网站首页" || parts.Length >= 4);
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
