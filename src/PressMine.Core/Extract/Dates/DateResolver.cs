using System.Globalization;
using System.Text.RegularExpressions;

namespace PressMine.Extract;

/// <summary>A date written in the text, resolved to a calendar day.</summary>
/// <param name="MonthOnly">Only a month is written (2023年2月): as the end of a count (截至…) it means the month's last day.</param>
internal sealed record DateMention(int Start, int End, DateOnly Date, bool MonthOnly = false);

/// <summary>The period a count refers to: valid at <see cref="AsOf"/>, counted from <see cref="Since"/>.</summary>
internal sealed record DateScope(DateOnly? AsOf, DateOnly? Since)
{
    public static readonly DateScope None = new(null, null);
    public string? AsOfIso => AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string? SinceIso => Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// Resolves absolute and relative dates against the publish date, and reads the as-of (截至…) and
/// since (…以来, 自…起) of a passage.
/// </summary>
internal sealed partial class DateResolver(DateOnly? publishDate)
{
    public DateOnly? PublishDate { get; } = publishDate;

    /// <summary>Reads the date part of an ISO 8601 publish time ("2020-02-19T08:44:05+08:00", "2020-02-19 08:44").</summary>
    public static DateOnly? ParsePublishDate(string? publishedAt)
    {
        if (string.IsNullOrWhiteSpace(publishedAt) || publishedAt.Length < 10) return null;
        return DateOnly.TryParseExact(publishedAt[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
    }

    [GeneratedRegex(@"(?<![\d.])(?<y>\d{4})[-/.年](?<m>\d{1,2})[-/.月](?<d>\d{1,2})(?:日|号)?(?![\d])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?:(?<y>(?<![\d〇零一二三四五六七八九])(?:\d{4}|[〇零一二三四五六七八九]{4}))年|(?<ry>今年|去年))?(?<![\d一二三四五六七八九十个])(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:(?<d>[12]\d|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:日|号)|(?<edge>底|末|初|份)?)")]
    private static partial Regex ChineseDate();

    // 2015年底 → its last day, 2019年初 → its first (a year's edge as a date; 2015年 alone is a span, see PeriodSpans).
    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})年(?<edge>底|末|初)")]
    private static partial Regex YearEdge();

    [GeneratedRegex(@"(?<![\d月年])(?<d>[12]\d|3[01]|0?[1-9])(?:日|号)")]
    private static partial Regex DayOnly();

    [GeneratedRegex(@"今天|今日|昨天|昨日|前天|前日|(?<week>上周|本周|这周|上星期|本星期)(?<wd>[一二三四五六日天])|本月|上月|今年|去年|目前|当前|现在|发稿时|日前")]
    private static partial Regex RelativeDate();

    [GeneratedRegex(@"(?:截至|截止|截止到|截至到)\s*$")]
    private static partial Regex AsOfBefore();

    [GeneratedRegex(@"^[^，。；！？,;]{0,24}?以来")]
    private static partial Regex SinceAfter();

    [GeneratedRegex(@"(?:自|从)\s*$")]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"^\s*(?:起|开始|以来|启动|(?:到|至)(?:现在|今|目前))")]
    private static partial Regex FromAfter();

    /// <summary>Every resolvable date in the text, left to right, without overlaps.</summary>
    public IReadOnlyList<DateMention> FindDates(string text)
    {
        text = ChineseNumberParser.FoldWidth(text);
        var found = new List<DateMention>();
        void Add(int start, int end, DateOnly? date, bool monthOnly = false)
        {
            if (date is null || found.Any(f => start < f.End && f.Start < end)) return;
            found.Add(new DateMention(start, end, date.Value, monthOnly));
        }

        foreach (Match m in NumericDate().Matches(text))
            Add(m.Index, m.Index + m.Length, Make(Int(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value)));
        foreach (Match m in ChineseDate().Matches(text))
        {
            var month = Num(m.Groups["m"].Value);
            var year = m.Groups["y"].Success ? Num(m.Groups["y"].Value)
                : m.Groups["ry"].Success && PublishDate is { } p ? p.Year - (m.Groups["ry"].Value == "去年" ? 1 : 0) : null;
            if (m.Groups["d"].Success) { Add(m.Index, m.Index + m.Length, Make(year, month, Num(m.Groups["d"].Value))); continue; }
            var edge = m.Groups["edge"].Value;
            var first = Make(year, month, 1);
            Add(m.Index, m.Index + m.Length, edge is "底" or "末" && first is { } f ? f.AddMonths(1).AddDays(-1) : first, monthOnly: edge.Length == 0);
        }
        foreach (Match m in YearEdge().Matches(text))
        {
            var year = Int(m.Groups["y"].Value);
            Add(m.Index, m.Index + m.Length, year is null ? null : m.Groups["edge"].Value == "初" ? Make(year, 1, 1) : Make(year, 12, 31));
        }
        foreach (Match m in DayOnly().Matches(text))
            Add(m.Index, m.Index + m.Length, DayOfPublishMonth(Int(m.Groups["d"].Value)));
        foreach (Match m in RelativeDate().Matches(text))
            Add(m.Index, m.Index + m.Length, Relative(m));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    [GeneratedRegex(@"(?:到|至)(?:现在|今|目前)")]
    private static partial Regex UntilNow();

    /// <summary>
    /// The as-of and since dates stated in <paramref name="text"/>, read left to right, the last of each winning:
    /// 截至X → as of X (a month alone: its last day); X以来, 自X起 → since; a stated span (2022年，…, 上半年,
    /// 1—5月) → since its first day, as of its last; 到现在, 至今 → as of the publish date.
    /// </summary>
    public DateScope Scope(string text)
    {
        text = ChineseNumberParser.FoldWidth(text);
        var events = new List<(int At, DateOnly? AsOf, DateOnly? Since)>();
        foreach (var mention in FindDates(text))
        {
            var before = text[..mention.Start];
            var after = text[mention.End..];
            var isRelativeNow = text[mention.Start..mention.End] is "目前" or "当前" or "现在" or "发稿时" or "日前";
            if (AsOfBefore().IsMatch(before))
                events.Add((mention.Start, mention.MonthOnly ? mention.Date.AddMonths(1).AddDays(-1) : mention.Date, null));
            else if (isRelativeNow) continue; // "目前" only dates a count after 截至
            else if ((FromBefore().IsMatch(before) && FromAfter().IsMatch(after)) || SinceAfter().IsMatch(after))
                events.Add((mention.Start, null, mention.Date));
        }
        foreach (var span in PeriodSpans.Find(text, PublishDate))
            if (!AsOfBefore().IsMatch(text[..span.Start])) events.Add((span.Start, span.Last, span.First));
        if (PublishDate is { } publish)
            foreach (Match m in UntilNow().Matches(text)) events.Add((m.Index, publish, null));

        DateOnly? asOf = null, since = null;
        foreach (var e in events.OrderBy(e => e.At))
        {
            asOf = e.AsOf ?? asOf;
            since = e.Since ?? since;
        }
        return new DateScope(asOf, since);
    }

    private DateOnly? Relative(Match m)
    {
        if (PublishDate is not { } p) return null;
        if (m.Groups["week"].Success)
        {
            var monday = p.AddDays(-(((int)p.DayOfWeek + 6) % 7));
            var weekday = "一二三四五六日天".IndexOf(m.Groups["wd"].Value[0]);
            weekday = Math.Min(weekday, 6);
            return monday.AddDays((m.Groups["week"].Value.StartsWith('上') ? -7 : 0) + weekday);
        }
        return m.Value switch
        {
            "今天" or "今日" or "目前" or "当前" or "现在" or "发稿时" or "日前" => p,
            "昨天" or "昨日" => p.AddDays(-1),
            "前天" or "前日" => p.AddDays(-2),
            "本月" => new DateOnly(p.Year, p.Month, 1),
            "上月" => new DateOnly(p.Year, p.Month, 1).AddMonths(-1),
            "今年" => new DateOnly(p.Year, 1, 1),
            "去年" => new DateOnly(p.Year - 1, 1, 1),
            _ => null,
        };
    }

    /// <summary>A date without a year takes the publish year, or the year before when that would lie in the future.</summary>
    private DateOnly? Make(int? year, int? month, int? day)
    {
        if (month is not (>= 1 and <= 12) || day is not (>= 1 and <= 31)) return null;
        if (year is null)
        {
            if (PublishDate is not { } p) return null;
            var candidate = Safe(p.Year, month.Value, day.Value);
            if (candidate is { } c && c > p.AddDays(2)) candidate = Safe(p.Year - 1, month.Value, day.Value);
            return candidate;
        }
        return Safe(year.Value, month.Value, day.Value);
    }

    private DateOnly? DayOfPublishMonth(int? day)
    {
        if (PublishDate is not { } p || day is not (>= 1 and <= 31)) return null;
        var candidate = Safe(p.Year, p.Month, day.Value);
        if (candidate is { } c && c > p.AddDays(2))
        {
            var previous = p.AddMonths(-1);
            candidate = Safe(previous.Year, previous.Month, day.Value);
        }
        return candidate;
    }

    private static DateOnly? Safe(int y, int m, int d) =>
        y is >= 1900 and <= 2200 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static int? Int(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static int? Num(string s)
    {
        if (Int(s) is { } v) return v;
        return ChineseNumberParser.ConvertChinese(s) is { } d ? (int)d : null;
    }
}
