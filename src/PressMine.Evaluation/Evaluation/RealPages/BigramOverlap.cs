using System.Text;

namespace PressMine.Evaluation.RealPages;

/// <summary>
/// The real-page body scorer: both texts are reduced to their CJK ideographs (NFKC first, everything else dropped,
/// paragraphs joined), cut into character bigrams, and compared as multisets. Precision is the share of predicted
/// bigrams found in the gold, recall the share of gold bigrams found in the prediction. Counting bigrams rather than
/// characters means a paragraph out of place or a stray word costs what it weighs, and ignores markup, spacing,
/// punctuation and Latin text that extractors render differently.
/// </summary>
public static class BigramOverlap
{
    /// <summary>Counts in CJK character bigrams: true positives are the bigrams both texts share (each counted as often as the rarer text has it).</summary>
    public static Prf Score(string predicted, string gold)
    {
        var p = Bigrams(predicted);
        var g = Bigrams(gold);
        int hits = 0;
        foreach (var (bigram, count) in p)
            if (g.TryGetValue(bigram, out var inGold)) hits += Math.Min(count, inGold);
        return new Prf(hits, p.Values.Sum(), g.Values.Sum());
    }

    private static Dictionary<int, int> Bigrams(string text)
    {
        var cjk = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') cjk.Append(c);
        var counts = new Dictionary<int, int>();
        for (int i = 0; i + 1 < cjk.Length; i++)
        {
            int key = cjk[i] << 16 | cjk[i + 1];
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
