using System.Text.RegularExpressions;

namespace PressMine.Extract;

/// <summary>A stretch of calendar a count covers, as the text states it (2022年, 今年上半年, 1—5月, 前11个月).</summary>
internal sealed record PeriodSpan(int Start, int End, DateOnly First, DateOnly Last);

/// <summary>
/// Reads stated spans: a year standing alone at the head of a clause (2022年，…), 去年 likewise, a half-year or
/// quarter (上半年, 一季度, 前三季度), a month range (1—5月, 1至11月, 1月至11月) and "the first N months" (前5个月), each
/// with an optional year (2023年, 今年, 去年; none = the publish year). A count in such a span is counted from its
/// first day up to its last.
/// </summary>
internal static partial class PeriodSpans
{
    private const string Year = @"(?:(?<y>\d{4})年|(?<ry>今年|去年))?";

    [GeneratedRegex(Year + @"(?<part>上半年|下半年|前三季度|第?[一二三四]季度)")]
    private static partial Regex PartOfYear();

    [GeneratedRegex(Year + @"(?<m1>1[0-2]|0?[1-9])月?(?:—|-|－|–|~|～|至|到)(?<m2>1[0-2]|0?[1-9])月(?![\d日号])")]
    private static partial Regex MonthRange();

    [GeneratedRegex(Year + @"前(?<n>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])个月")]
    private static partial Regex FirstMonths();

    // 2022年，… / 。2022年全国… / 部门2022年处置…: a bare year at the head of a clause or after its subject, not a
    // date (2022年6月), an edge (2015年底) nor a target (到2025年, 于2025年前).
    [GeneratedRegex(@"(?:^|(?<=[。，；：！？\n（])|(?<=[\u4e00-\u9fff”])(?<![到至于止截为]))(?<y>\d{4})年(?![\d底末初份度上下前第一二三四]|1[0-2]月|[1-9]月)")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"(?:^|(?<=[。，；：！？\n（]))去年(?=[，,]|我国|全国|共)")]
    private static partial Regex LastYear();

    public static IReadOnlyList<PeriodSpan> Find(string text, DateOnly? publishDate)
    {
        var spans = new List<PeriodSpan>();
        void Add(Match m, int? year, int firstMonth, int lastMonth)
        {
            if (year is not { } y || y < 1900 || y > 2200 || firstMonth < 1 || lastMonth > 12 || firstMonth > lastMonth) return;
            if (spans.Any(s => m.Index < s.End && s.Start < m.Index + m.Length)) return;
            var last = new DateOnly(y, lastMonth, 1).AddMonths(1).AddDays(-1);
            // 6月至7月，检查组将赴…: a span that ends after the story was published dates a plan, not a count done.
            if (publishDate is { } published && last > published) return;
            spans.Add(new PeriodSpan(m.Index, m.Index + m.Length, new DateOnly(y, firstMonth, 1), last));
        }

        foreach (Match m in PartOfYear().Matches(text))
        {
            var (first, last) = m.Groups["part"].Value.TrimStart('第') switch
            {
                "上半年" => (1, 6), "下半年" => (7, 12), "前三季度" => (1, 9),
                "一季度" => (1, 3), "二季度" => (4, 6), "三季度" => (7, 9), _ => (10, 12),
            };
            Add(m, YearOf(m, publishDate), first, last);
        }
        foreach (Match m in MonthRange().Matches(text))
            Add(m, YearOf(m, publishDate), int.Parse(m.Groups["m1"].Value), int.Parse(m.Groups["m2"].Value));
        foreach (Match m in FirstMonths().Matches(text))
            if (ParseMonths(m.Groups["n"].Value) is { } n) Add(m, YearOf(m, publishDate), 1, n);
        foreach (Match m in BareYear().Matches(text))
            Add(m, int.Parse(m.Groups["y"].Value), 1, 12);
        foreach (Match m in LastYear().Matches(text))
            if (publishDate is { } p) Add(m, p.Year - 1, 1, 12);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static int? YearOf(Match m, DateOnly? publishDate)
    {
        if (m.Groups["y"].Success) return int.Parse(m.Groups["y"].Value);
        if (publishDate is not { } p) return null;
        return m.Groups["ry"].Value == "去年" ? p.Year - 1 : p.Year;
    }

    private static int? ParseMonths(string s) =>
        int.TryParse(s, out var n) ? n : ChineseNumberParser.ConvertChinese(s) is { } d ? (int)d : null;
}
