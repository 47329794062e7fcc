namespace PressMine.Extract;

/// <summary>
/// A number with its measure word inside a clause, and the text around it.
/// <see cref="Left"/> is the clause before the number (approximation prefix excluded),
/// <see cref="Right"/> the clause after the measure word.
/// </summary>
public sealed record CountMention(
    int Start, int End, double Value, bool Approx, string Unit, string Left, string Right)
{
    private static readonly string[] NounStops = ["进行", "开展", "实现", "展开", "已经", "已", "均", "全部", "都", "被", "纳入"];

    /// <summary>
    /// The noun phrase right after the measure word (40件问题 → 问题), cut at the first particle, conjunction
    /// or verb (3个隔离点进行了检查 → 隔离点).
    /// </summary>
    public string RightNoun
    {
        get
        {
            var end = 0;
            while (end < Right.Length && end < 12 && !"的和与及、等，。；,;：:（(“\"《 ".Contains(Right[end])) end++;
            foreach (var stop in NounStops)
            {
                var at = Right.IndexOf(stop, 0, end, StringComparison.Ordinal);
                if (at >= 0) end = at;
            }
            var firstVerb = MetricLexicon.FindActions(Right[..end]).FirstOrDefault(h => h.Kind != ActionKind.Background); // 隔离点 is a noun
            return Right[..(firstVerb?.Start ?? end)];
        }
    }
}

/// <summary>Finds numbers followed by a measure word (个, 件, 家次, %, ...) in one clause.</summary>
public static class CountFinder
{
    // Longer units first so 家次 is not read as 家.
    private static readonly string[] Units =
    [
        "家次", "人次", "批次", "份次", "个次", "户次", "件次",
        "场次", "个", "件", "处", "家", "期", "份", "人", "名", "条", "次", "轮", "座", "台", "套", "艘", "起", "项", "户", "所", "批", "宗", "张", "类", "单",
    ];
    private static readonly string[] TimeNouns = ["月", "小时", "工作日", "星期", "钟头", "年", "天", "周", "季度"];

    /// <summary>Counts in <paramref name="clause"/>; offsets are relative to the clause.</summary>
    public static IReadOnlyList<CountMention> Find(string clause)
    {
        var folded = ChineseNumberParser.FoldWidth(clause);
        var mentions = new List<CountMention>();
        foreach (var token in ChineseNumberParser.FindAll(folded))
        {
            if (token.Value is not { } value || value <= 0) continue;
            if (token.Start > 0 && folded[token.Start - 1] == '第') continue; // ordinal: 第三组
            // A bare 一 is an article (一批问题, 发现一起查处一起, 一处指示灯损坏), not a count.
            if (token.End - token.NumeralStart == 1 && folded[token.NumeralStart] == '一') continue;

            string unit;
            var end = token.End;
            if (token.IsPercent) unit = "%";
            else
            {
                var found = Units.FirstOrDefault(u => string.CompareOrdinal(folded, end, u, 0, u.Length) == 0);
                if (found is null) continue;
                unit = found;
                end += unit.Length;
            }

            var approx = token.Approx;
            foreach (var marker in (string[])["左右", "以上"])
            {
                if (string.CompareOrdinal(folded, end, marker, 0, marker.Length) == 0) { approx = true; end += marker.Length; break; }
            }

            var right = clause[end..];
            if (unit != "%" && TimeNouns.Any(t => right.StartsWith(t, StringComparison.Ordinal))) continue; // 3个月
            if (right.StartsWith('性')) continue; // 一次性
            mentions.Add(new CountMention(token.Start, end, value, approx, unit, clause[..token.Start], right));
        }
        return mentions;
    }
}
