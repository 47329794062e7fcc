namespace PressMine.Extract;

/// <summary>
/// A number with its measure word inside a clause, and the text around it.
/// <see cref="Left"/> is the clause before the number (approximation prefix excluded),
/// <see cref="Right"/> the clause after the measure word.
/// </summary>
internal sealed record CountMention(
    int Start, int End, double Value, bool Approx, string Unit, string Left, string Right)
{
    /// <summary>
    /// The sentence before the number (earlier clauses and <see cref="Left"/>), for cues that a comma separates
    /// from the count (印发《…意见》，包括…等16条意见); <see cref="Left"/> when the walker gave no sentence.
    /// </summary>
    public string SentenceLeft { get => sentenceLeft ?? Left; init => sentenceLeft = value; }

    private readonly string? sentenceLeft;

    /// <summary>
    /// The sentence after the measure word (<see cref="Right"/> and the clauses after it), for a predicate that a
    /// comma separates from its count (4名同志…领导不力，…，应予问责); <see cref="Right"/> when the walker gave no sentence.
    /// </summary>
    public string SentenceRight { get => sentenceRight ?? Right; init => sentenceRight = value; }

    private readonly string? sentenceRight;

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
            foreach (var stop in RuleBook.Default.List("noun_stop"))
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
internal static class CountFinder
{
    private static RuleBook Rules => RuleBook.Default;
    // Longer units first so 家次 is not read as 家.
    private static readonly Lazy<string[]> Units = new(() => Rules.List("measure_word").OrderByDescending(u => u.Length).ToArray());
    // 中央八项规定, 三项制度, 四项机制: a numeral and a measure word before these words name a policy, not a count.
    private static IReadOnlyList<string> PolicyWords => Rules.List("policy_word");
    private static IReadOnlyList<string> PolicyUnits => Rules.List("policy_unit");
    private const string ChineseNumerals = "一二三四五六七八九十两";
    private static IReadOnlyList<string> TimeNouns => Rules.List("time_noun");

    /// <summary>Counts in <paramref name="clause"/>; offsets are relative to the clause.</summary>
    public static IReadOnlyList<CountMention> Find(string clause)
    {
        var folded = ChineseNumberParser.FoldWidth(clause);
        var mentions = new List<CountMention>();
        foreach (var token in ChineseNumberParser.FindAll(folded))
        {
            if (token.Value is not { } value || value <= 0) continue;
            if (IsOrdinal(folded, token.Start)) continue; // 第三组, 第二、三轮
            // A bare 一 is an article (一批问题, 发现一起查处一起, 一处指示灯损坏), not a count.
            if (token.End - token.NumeralStart == 1 && folded[token.NumeralStart] == '一') continue;

            string unit;
            var end = token.End;
            if (token.IsPercent) unit = "%";
            else
            {
                var found = Units.Value.FirstOrDefault(u => string.CompareOrdinal(folded, end, u, 0, u.Length) == 0);
                if (found is null) continue;
                unit = found;
                end += unit.Length;
            }

            var approx = token.Approx;
            foreach (var marker in Rules.List("approx_suffix"))
            {
                if (string.CompareOrdinal(folded, end, marker, 0, marker.Length) == 0) { approx = true; end += marker.Length; break; }
            }

            // 0.7个百分点, 2.5个月: a count of things is a whole number (1.2万 is one).
            if (unit != "%" && value != Math.Floor(value)) continue;
            var right = clause[end..];
            if (right.StartsWith("百分点", StringComparison.Ordinal)) continue; // 提高2个百分点
            if (unit != "%" && TimeNouns.Any(t => right.StartsWith(t, StringComparison.Ordinal))) continue; // 3个月
            if (right.StartsWith('性')) continue; // 一次性
            if (PolicyUnits.Contains(unit) && NamesPolicy(right)) continue;
            if (IsQuotedName(folded, token.Start, end)) continue; // “两个确立”, “四个意识”
            mentions.Add(new CountMention(token.Start, end, value, approx, unit, clause[..token.Start], right));
        }
        return mentions;
    }

    /// <summary>第三组, and the later members of a list of ordinals (第二、三轮).</summary>
    private static bool IsOrdinal(string text, int start)
    {
        var k = start - 1;
        if (k >= 0 && text[k] == '第') return true;
        if (k < 0 || text[k] != '、') return false;
        while (k >= 0 && (text[k] == '、' || ChineseNumerals.Contains(text[k]) || char.IsAsciiDigit(text[k]))) k--;
        return k >= 0 && text[k] == '第';
    }

    /// <summary>
    /// The text after the measure word starts a policy or slogan name: 规定/制度/… (八项规定), or a numeral
    /// closing the name (五个一, “五个一”工程, 三个一批); 3个一般问题 is a count.
    /// </summary>
    private static bool NamesPolicy(string right)
    {
        right = right.TrimStart(Quotes);
        if (right.Length == 0 || !ChineseNumerals.Contains(right[0])) return StartsPolicy(right);
        var after = right[1..];
        return after.Length == 0 || after[0] == '批' || char.IsPunctuation(after[0]) || StartsPolicy(after);
    }

    private static readonly char[] Quotes = ['”', '"', '’', '」'];

    /// <summary>
    /// A numeral that opens a quotation closed within a few characters after its measure word (“两个确立”, “三个一批”)
    /// names a slogan; a count is not quoted so.
    /// </summary>
    private static bool IsQuotedName(string text, int start, int end)
    {
        if (start == 0 || text[start - 1] is not ('“' or '「')) return false;
        var close = text.IndexOfAny(Quotes, end);
        return close >= 0 && close - end <= 4;
    }

    private static bool StartsPolicy(string text) => PolicyWords.Any(w => text.StartsWith(w, StringComparison.Ordinal));
}
