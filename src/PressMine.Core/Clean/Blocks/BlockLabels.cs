using System.Text;

namespace PressMine.Clean.Blocks;

/// <summary>
/// Labels a page's blocks from its gold body text: a block is body when most of its CJK character bigrams occur in the
/// gold body (each gold bigram used once, in page order), the unit the real-page scorer counts.
/// </summary>
public static class BlockLabels
{
    public const double BodyShare = 0.5;

    public static IEnumerable<BlockRow> Rows(IReadOnlyList<BlockCandidate> blocks, string goldBody)
    {
        var gold = Bigrams(goldBody);
        foreach (var b in blocks)
        {
            var mine = Bigrams(b.Line.Text);
            if (mine.Count == 0) continue; // nothing the scorer would count
            int hits = 0;
            foreach (var (bigram, count) in mine)
                if (gold.TryGetValue(bigram, out var left) && left > 0)
                {
                    int used = Math.Min(count, left);
                    hits += used;
                    gold[bigram] = left - used;
                }
            yield return new BlockRow { Label = hits >= BodyShare * mine.Values.Sum(), Features = b.Features };
        }
    }

    private static Dictionary<int, int> Bigrams(string text)
    {
        var cjk = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (TextNormalizer.IsCjk(c)) cjk.Append(c);
        var counts = new Dictionary<int, int>();
        for (int i = 0; i + 1 < cjk.Length; i++)
        {
            int key = cjk[i] << 16 | cjk[i + 1];
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
