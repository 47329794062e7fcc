namespace PressMine.Extract.Learned;

/// <summary>
/// The features of one count mention for the learned metric decision, as a bag of named tokens: the rules'
/// decision, the measure word and its classes, the noun classes on both sides, the verbs before and after the
/// number (kind and word), the characters right around it, the cue lists of corpus/rules that the sentence
/// holds before the number, and where the count stands (index in its sentence, first sentence, repeated in
/// the headline). The rules stay features: the model learns where to trust them.
/// </summary>
internal static class MentionFeatures
{
    private static RuleBook Rules => RuleBook.Default;

    // Lists that describe units are read off the count's unit; the others are cue words looked for in the text.
    private static readonly Lazy<string[]> UnitLists = new(() => Rules.ListNames.Where(n => n.EndsWith("_unit") || n.StartsWith("metric:")).ToArray());
    private static readonly Lazy<string[]> CueLists = new(() => Rules.ListNames
        .Where(n => !n.EndsWith("_unit") && !n.StartsWith("metric:") && n != "measure_word" && n != "approx_suffix").ToArray());

    /// <param name="words">With a segmenter: also the jieba words around the number (the Segment stage's), to
    /// measure whether words tell the metric better than characters and rule classes.</param>
    public static IReadOnlyList<string> Tokens(MentionContext m, PressMine.Segment.ChineseSegmenter? words = null)
    {
        var count = m.Count;
        var tokens = new List<string>(64)
        {
            "rule:" + LabelCodec.Encode(m.RuleLabels),
            "unit:" + count.Unit,
            "prev:" + (m.PreviousRuleLabel?.Metric ?? "-"),
            "fam:" + m.Family,
            "idx:" + Math.Min(m.IndexInSentence, 3),
            "mag:" + (int)Math.Floor(Math.Log10(Math.Max(1, count.Value))),
        };
        foreach (var rule in m.RuleLabels) tokens.Add("rulem:" + rule.Metric);
        if (m.CriminalJustice) tokens.Add("criminal");
        if (m.Supervision) tokens.Add("supervision");
        if (m.FirstSentence) tokens.Add("first_sentence");
        if (count.Approx) tokens.Add("approx");
        if (m.Title is { } title && NumberRepeatsIn(title, m)) tokens.Add("in_headline");
        foreach (var list in UnitLists.Value)
            if (Rules.List(list).Contains(count.Unit)) tokens.Add("uclass:" + list);

        var hits = MetricLexicon.FindActions(count.Left);
        var objectText = hits.Count > 0 ? count.Left[hits[^1].End..] : count.Left;
        if (objectText.Length > 12) objectText = objectText[^12..];
        tokens.Add("lnoun:" + MetricLexicon.ClassifyNoun(objectText));
        tokens.Add("rnoun:" + MetricLexicon.ClassifyNoun(count.RightNoun));
        var noun = count.RightNoun;
        if (noun.Length > 0) tokens.Add("rn_end:" + noun[^1]);
        if (noun.Length > 1) tokens.Add("rn_end2:" + noun[^2..]);
        if (hits.Count > 0)
        {
            var last = hits[^1];
            tokens.Add("lv:" + last.Kind);
            tokens.Add("lvw:" + last.Word);
            if (last.OtherKind is { } kind) tokens.Add("lvk:" + kind);
            tokens.Add("lvgap:" + Math.Min(count.Left.Length - last.End, 8) / 2);
        }
        else tokens.Add("lv:none");
        foreach (var hit in hits) tokens.Add("cv:" + hit.Kind);
        var head = count.Right.Length > 10 ? count.Right[..10] : count.Right;
        foreach (var hit in MetricLexicon.FindActions(head))
        {
            tokens.Add("rv:" + hit.Kind);
            tokens.Add("rvw:" + hit.Word);
        }
        var sentenceBefore = m.Body[m.Sentence.Start..m.Clause.Start];
        foreach (var hit in MetricLexicon.FindActions(sentenceBefore)) tokens.Add("sv:" + hit.Kind);

        AddChars(tokens, "l", Reverse(Tail(count.Left, 4)));
        AddChars(tokens, "r", Head(count.Right, 4));
        var sentenceSoFar = m.SentenceUpToCount;
        foreach (var list in CueLists.Value)
            if (Rules.List(list).Any(sentenceSoFar.Contains)) tokens.Add("cue:" + list);
        foreach (var list in CueLists.Value)
            if (Rules.List(list).Any(head.Contains)) tokens.Add("rcue:" + list);
        if (words is not null) AddWords(tokens, words, count);
        return tokens;
    }

    /// <summary>The last three jieba words before the number, the first two after its measure word, every word of the clause.</summary>
    private static void AddWords(List<string> tokens, PressMine.Segment.ChineseSegmenter words, CountMention count)
    {
        var left = words.Cut(count.Left).Select(t => t.Text).Where(w => w.Length > 0).ToList();
        var right = words.Cut(count.Right).Select(t => t.Text).Where(w => w.Length > 0).ToList();
        for (var k = 0; k < Math.Min(3, left.Count); k++) tokens.Add($"wl{k + 1}:" + left[^(k + 1)]);
        for (var k = 0; k < Math.Min(2, right.Count); k++) tokens.Add($"wr{k + 1}:" + right[k]);
        foreach (var w in left.Concat(right).Where(w => w.Length > 1).Distinct()) tokens.Add("wc:" + w);
    }

    /// <summary>Character unigrams and bigrams by distance from the number: l1:发, l2:发现 …</summary>
    private static void AddChars(List<string> tokens, string side, string chars)
    {
        for (var k = 0; k < chars.Length; k++)
        {
            tokens.Add($"{side}{k + 1}:{chars[k]}");
            if (k + 1 < chars.Length) tokens.Add($"{side}{k + 1}{k + 2}:{chars[k]}{chars[k + 1]}");
        }
    }

    private static bool NumberRepeatsIn(string title, MentionContext m)
    {
        var written = m.Body[m.Start..(m.Clause.Start + m.Count.End)];
        return written.Length > 0 && title.Contains(written, StringComparison.Ordinal);
    }

    private static string Tail(string s, int n) => s.Length > n ? s[^n..] : s;
    private static string Head(string s, int n) => s.Length > n ? s[..n] : s;
    private static string Reverse(string s) => new(s.Reverse().ToArray());
}
