using System.Text.RegularExpressions;
using PressMine.Clean.Lexicon;

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

    // The labels and their meanings live in corpus/clean/byline-labels.txt, outlet endings in site-names.txt.
    private static BylineLabels Labels => CleanLexicon.Default.Labels;
    private static Regex Label() => Labels.Label;
    private static Regex StartsLikeMeta() => Labels.StartsLikeMeta;
    private static Regex ReporterInLead() => Labels.ReporterInLead;
    private static Regex OutletName() => CleanLexicon.Default.Sites.OutletName;
    // What follows a field value on the same line: a toolbar bracket, an unknown label with its colon, a counter word.
    private static Regex ValueEnd() => Labels.ValueEnd;
    // A counter or 发布 label glued onto the value without a space ("向红梅浏览", "桃源新闻网发布：").
    private static Regex GluedTrailingLabel() => Labels.GluedTrailingLabel;

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
           && Labels.AgencyLabels.Contains(CanonicalLabel(m.Groups["label"].Value))
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
            if (Labels.SourceLabels.Contains(label)) source ??= SourceValue(value);
            else if (Labels.AuthorLabels.Contains(label)) authors.AddRange(Names(value));
            else if (Labels.EditorLabels.Contains(label)) editors.AddRange(Names(value));
        }
        if (matches.Count == 0) source = UnlabelledOutlet(line);
        source ??= OutletAmongUnlabelled(line, matches);
        return new MetaFields(source, Distinct(authors), Distinct(editors), PublishTimeParser.FindInText(line));
    }

    /// <summary>The simplified-Chinese label for a traditional-script or English one.</summary>
    private static string CanonicalLabel(string label) => Labels.Aliases.GetValueOrDefault(label, label);

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
