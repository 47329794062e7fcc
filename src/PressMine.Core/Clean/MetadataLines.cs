using System.Text.RegularExpressions;

namespace PressMine.Clean;

/// <summary>Metadata read off one line such as "稿源: 中国宁波网 2020-02-19 08:44:05" or "记者 董小芳 通讯员 陈昌峰".</summary>
internal sealed record MetaFields(string? Source, IReadOnlyList<string> Authors, IReadOnlyList<string> Editors, string? PublishedAt)
{
    public bool HasAny => Source is not null || Authors.Count > 0 || Editors.Count > 0 || PublishedAt is not null;
}

/// <summary>Recognises metadata lines (来源/稿源, 作者/记者/通讯员, 编辑, 发布时间 …) and reads their fields.</summary>
internal static partial class MetadataLines
{
    private const int MaxMetaLineLength = 120;

    // Labels that need a colon; 记者/通讯员/作者 and the editor labels also stand without one ("记者 董小芳", "编辑 刘海波"). Traditional-script and English
    // labels (來源, 責任編輯, Source:, Editor:) are mapped to the simplified ones by CanonicalLabel.
    [GeneratedRegex(@"(?<label>发布机构|發布機構|发布单位|來源單位|来源单位|责任编辑|責任編輯|值班编辑|網絡編輯|网络编辑|编审|編審|编辑|編輯|责编|責編|监制|監製|稿源|新闻来源|新聞來源|信息来源|資訊來源|来源|來源|出处|出處|作者|记者|記者|通讯员|通訊員|撰稿|摄影|攝影|摄像|攝像|图片|圖片|发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|成文日期|发文日期|生成日期|公开日期|发表时间|發表時間|更新时间|更新時間|更新|时间|時間|日期|报料热线|新闻热线|纠错|点击数|点击|點擊|浏览次数|浏览|瀏覽|阅读量|阅读|閱讀|字号|字號|审核|審核|校对|校對|初审|复审|终审|二审|三审|(?i:source|author|reporter|editor|date|published|updated|time))\s*[:：]\s*|(?<label>记者|記者|通讯员|通訊員|作者|责任编辑|責任編輯|编审|编辑|編輯)(?=\s)\s*")]
    private static partial Regex Label();

    [GeneratedRegex(@"^[^，。,!！?？:：]{0,12}?(?:发布机构|發布機構|发布单位|来源单位|编审|責任編輯|责任编辑|編輯|编辑|责编|責編|稿源|来源|來源|作者|记者|記者|通讯员|通訊員|撰稿|摄影|摄像|监制|审核|校对|发布时间|發布時間|發佈時間|发布日期|发表时间|更新时间|更新|时间|時間|日期)|^[\[(（【]?(?:19|20)\d\d[-/.年]|^(?i:source|author|reporter|editor|date|published|updated)\s*[:：]")]
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
        if (Label().IsMatch(line) && PublishTimeParser.FindInText(line) is not null) return true;
        // An unlabelled byline of a date and at most an outlet name: "泰州晚报 2023-06-05 07:45".
        return UnlabelledOutlet(line) is not null || IsDateOnly(line) || TrailingCredits.IsCreditLine(line);
    }

    [GeneratedRegex(@"(?:19|20)\d\d\s*(?:[-/.]|年)\s*\d{1,2}\s*(?:[-/.]|月)\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,10}(?:日报|晚报|早报|都市报|时报|時報|报|報|网|網|电视台|電視台|广播电视台|融媒体中心|新闻|新聞)$")]
    private static partial Regex OutletName();

    private static bool IsDateOnly(string line)
        => line.Length <= 30 && FullDate().Match(line) is { Success: true } m && line.Remove(m.Index, m.Length).Trim().Length == 0;

    /// <summary>The outlet of a line holding only an outlet name and a full date, else null.</summary>
    private static string? UnlabelledOutlet(string line)
    {
        if (line.Length > 40) return null;
        var m = FullDate().Match(line);
        if (!m.Success) return null;
        var rest = line.Remove(m.Index, m.Length).Trim();
        return OutletName().IsMatch(rest) ? rest : null;
    }

    /// <summary>
    /// The publishing body named in a government information table ("发布机构：华容县应急管理局"). Such tables stand
    /// anywhere above the article, often farther from the headline than a byline, so they are looked up page-wide.
    /// </summary>
    public static string? AgencyCell(string line)
        => line.Length <= 40 && Label().Match(line) is { Success: true, Index: 0 } m
           && CanonicalLabel(m.Groups["label"].Value) is "发布机构" or "发布单位" or "来源单位"
            ? SourceValue(line[m.Length..]) : null;

    /// <summary>A line that is a label and nothing else ("作者："), as in table layouts with the value in the next cell.</summary>
    public static bool IsLabelOnly(string line)
        => line.Length <= 8 && Label().Match(line) is { Success: true, Index: 0 } m && m.Length == line.Length && (line.EndsWith('：') || line.EndsWith(':'));

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
            var label = CanonicalLabel(m.Groups["label"].Value);
            switch (label)
            {
                case "稿源" or "来源" or "新闻来源" or "信息来源" or "出处" or "发布机构" or "发布单位" or "来源单位":
                    source ??= SourceValue(value);
                    break;
                case "作者" or "记者" or "通讯员" or "撰稿":
                    authors.AddRange(Names(value));
                    break;
                case "编辑" or "责任编辑" or "责编" or "编审" or "值班编辑" or "网络编辑":
                    editors.AddRange(Names(value));
                    break;
            }
        }
        if (matches.Count == 0) source = UnlabelledOutlet(line);
        source ??= OutletAmongUnlabelled(line, matches);
        return new MetaFields(source, Distinct(authors), Distinct(editors), PublishTimeParser.FindInText(line));
    }

    private static readonly Dictionary<string, string> LabelAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["責任編輯"] = "责任编辑", ["編輯"] = "编辑", ["責編"] = "责编", ["網絡編輯"] = "网络编辑", ["編審"] = "编审", ["發布機構"] = "发布机构", ["來源單位"] = "来源单位", ["來源"] = "来源", ["新聞來源"] = "新闻来源",
        ["資訊來源"] = "信息来源", ["出處"] = "出处", ["記者"] = "记者", ["通訊員"] = "通讯员", ["source"] = "来源", ["author"] = "作者",
        ["reporter"] = "记者", ["editor"] = "编辑",
    };

    /// <summary>The simplified-Chinese label for a traditional-script or English one.</summary>
    private static string CanonicalLabel(string label) => LabelAliases.GetValueOrDefault(label, label);

    /// <summary>Reporter names written in the lead, as in "中国宁波网讯(记者董小芳)".</summary>
    public static IReadOnlyList<string> ReportersInLead(string paragraph)
    {
        var m = ReporterInLead().Match(paragraph.Length > 200 ? paragraph[..200] : paragraph);
        if (!m.Success) return [];
        return Parse("记者 " + m.Groups["names"].Value).Authors;
    }

    /// <summary>
    /// An outlet name standing unlabelled among labelled fields ("2023-05-12 10:20 桃源新闻网 浏览：326"); a token
    /// right after a label is that label's value and is skipped.
    /// </summary>
    private static string? OutletAmongUnlabelled(string line, MatchCollection labels)
    {
        var valueStarts = labels.Select(m => m.Index + m.Length).ToHashSet();
        foreach (Match token in FieldToken().Matches(line))
            if (!valueStarts.Contains(token.Index) && OutletName().IsMatch(token.Value)) return token.Value;
        return null;
    }

    [GeneratedRegex(@"[^\s【】\[\]|｜/:：]+")]
    private static partial Regex FieldToken();

    // What follows a field value on the same line: a toolbar bracket ("】【字体：大 中 小】"), an unknown label with its
    // colon ("发布："), or a counter/toolbar word ("浏览 326", "点击", "打印").
    [GeneratedRegex(@"[【】\[\]]|\s+[\u4e00-\u9fff]{1,4}\s*[:：]|\s+(?:浏览|瀏覽|点击|點擊|阅读|閱讀|访问|字体|字號|字号|打印|分享|收藏|关闭|發布|发布)")]
    private static partial Regex ValueEnd();

    // A counter or 发布 label glued onto the value without a space: "向红梅浏览", "桃源新闻网发布：". A bare 发布 stays:
    // "江西发布" is an outlet's name.
    [GeneratedRegex(@"(?<=\S)(?:(?:发布者|发布人|发布)\s*[:：]|(?:浏览次数|浏览量|浏览|点击数|点击量|点击|阅读数|阅读量|阅读|访问量)\s*[:：]?)\s*$")]
    private static partial Regex GluedTrailingLabel();

    /// <summary>A field value without the toolbar fragments and following labels glued onto it.</summary>
    internal static string FieldValue(string value)
    {
        var v = value.Trim().TrimStart('【', '[', '（', '(').Trim();
        var end = ValueEnd().Match(v);
        if (end.Success) v = v[..end.Index];
        return GluedTrailingLabel().Replace(v, "");
    }

    private static string? SourceValue(string value)
    {
        var v = FieldBreak().Split(FieldValue(value))[0].Trim().TrimEnd(',', '，', ';', '；', '|', ' ', ')', '）');
        if (PublishTimeParser.FindInText(v) is not null) v = Regex.Replace(v, @"\s*(?:19|20)\d\d[-/.年].*$", "");
        v = GluedTrailingLabel().Replace(v.Trim(), "");
        return v.Length is > 0 and <= 30 ? v : null;
    }

    private static List<string> Names(string value)
    {
        var v = FieldValue(value);
        int dateAt = Regex.Match(v, @"(?:19|20)\d\d[-/.年]").Index;
        if (dateAt > 0) v = GluedTrailingLabel().Replace(v[..dateAt].Trim(), "");
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
