using System.Text.RegularExpressions;

namespace PressMine.Clean;

/// <summary>Metadata read off one line such as "稿源: 中国宁波网 2020-02-19 08:44:05" or "记者 董小芳 通讯员 陈昌峰".</summary>
public sealed record MetaFields(string? Source, IReadOnlyList<string> Authors, IReadOnlyList<string> Editors, string? PublishedAt)
{
    public bool HasAny => Source is not null || Authors.Count > 0 || Editors.Count > 0 || PublishedAt is not null;
}

/// <summary>Recognises metadata lines (来源/稿源, 作者/记者/通讯员, 编辑, 发布时间 …) and reads their fields.</summary>
public static partial class MetadataLines
{
    private const int MaxMetaLineLength = 120;

    // Labels that need a colon; 记者/通讯员/作者 also stand without one ("记者 董小芳").
    [GeneratedRegex(@"(?<label>责任编辑|值班编辑|网络编辑|编辑|责编|监制|稿源|新闻来源|信息来源|来源|出处|作者|记者|通讯员|撰稿|摄影|摄像|图片|发布时间|发布日期|发表时间|更新时间|更新|时间|日期|报料热线|新闻热线|纠错|点击数|点击|浏览次数|浏览|阅读量|阅读|字号|审核|校对|初审|复审|终审|二审|三审)\s*[:：]\s*|(?<label>记者|通讯员|作者)(?=\s)\s*")]
    private static partial Regex Label();

    [GeneratedRegex(@"^[^，。,!！?？:：]{0,12}?(?:责任编辑|编辑|责编|稿源|来源|作者|记者|通讯员|撰稿|摄影|摄像|监制|审核|校对|发布时间|发布日期|发表时间|更新时间|更新|时间|日期)|^[\[(（【]?(?:19|20)\d\d[-/.年]")]
    private static partial Regex StartsLikeMeta();

    [GeneratedRegex(@"[(（]\s*(?:本报|本台|本网|全媒体|融媒体)?记者\s*(?<names>[^()（）]{2,40}?)\s*[)）]")]
    private static partial Regex ReporterInLead();

    [GeneratedRegex(@"^[\u4e00-\u9fff·]{2,5}$|^[A-Za-z][A-Za-z .'-]{1,30}$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"\s{2,}|(?<=\S)\s+(?=(?:19|20)\d\d[-/.年])")]
    private static partial Regex FieldBreak();

    /// <summary>True when the line is a metadata line that belongs in the header/footer, not in the body.</summary>
    public static bool IsMetaLine(string line)
    {
        if (line.Length > MaxMetaLineLength || line.Contains('。')) return false;
        if (StartsLikeMeta().IsMatch(line) && (Parse(line).HasAny || line.Length <= 40 && Label().IsMatch(line)))
            return true;
        // Anywhere else a labelled field must come with a date, e.g. "2020-02-27 11:02:13 来源: 潍坊日报".
        return Label().IsMatch(line) && PublishTimeParser.FindInText(line) is not null;
    }

    /// <summary>Reads every labelled field of a line; the first date found is the publish time.</summary>
    public static MetaFields Parse(string line)
    {
        string? source = null;
        var authors = new List<string>();
        var editors = new List<string>();
        var matches = Label().Matches(line);
        for (int i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            int end = i + 1 < matches.Count ? matches[i + 1].Index : line.Length;
            var value = line[(m.Index + m.Length)..end];
            var label = m.Groups["label"].Value;
            switch (label)
            {
                case "稿源" or "来源" or "新闻来源" or "信息来源" or "出处":
                    source ??= SourceValue(value);
                    break;
                case "作者" or "记者" or "通讯员" or "撰稿":
                    authors.AddRange(Names(value));
                    break;
                case "编辑" or "责任编辑" or "责编" or "值班编辑" or "网络编辑":
                    editors.AddRange(Names(value));
                    break;
            }
        }
        return new MetaFields(source, Distinct(authors), Distinct(editors), PublishTimeParser.FindInText(line));
    }

    /// <summary>Reporter names written in the lead, as in "中国宁波网讯(记者董小芳)".</summary>
    public static IReadOnlyList<string> ReportersInLead(string paragraph)
    {
        var m = ReporterInLead().Match(paragraph.Length > 200 ? paragraph[..200] : paragraph);
        if (!m.Success) return [];
        return Parse("记者 " + m.Groups["names"].Value).Authors;
    }

    private static string? SourceValue(string value)
    {
        var v = FieldBreak().Split(value.Trim())[0].Trim().TrimEnd(',', '，', ';', '；', '|', ' ');
        if (PublishTimeParser.FindInText(v) is not null) v = Regex.Replace(v, @"\s*(?:19|20)\d\d[-/.年].*$", "");
        return v.Length is > 0 and <= 30 ? v : null;
    }

    private static List<string> Names(string value)
    {
        var v = value.Trim();
        int dateAt = Regex.Match(v, @"(?:19|20)\d\d[-/.年]").Index;
        if (dateAt > 0) v = v[..dateAt];
        var tokens = v.Split([' ', '\u3000', '、', ',', '，', ';', '；', '/', '|'], StringSplitOptions.RemoveEmptyEntries);
        var names = tokens.Select(t => t.Trim(NameWrappers)).Where(t => PersonName().IsMatch(t)).ToList();
        v = v.Trim(NameWrappers);
        if (names.Count == 0 && v.Length is > 1 and <= 20 && TextNormalizer.CjkCount(v) >= 2 && !v.Any(char.IsDigit))
            names.Add(v);
        return names;
    }

    // Brackets around a byline ("【责任编辑：刘芳】", "(编辑 王晓)") are not part of the names.
    private static readonly char[] NameWrappers = ['(', ')', '（', '）', '[', ']', '【', '】', '〔', '〕', '<', '>', '《', '》'];

    private static IReadOnlyList<string> Distinct(List<string> items) => items.Distinct().ToList();
}
