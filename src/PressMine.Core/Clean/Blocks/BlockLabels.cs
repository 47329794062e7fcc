using System.Text;

// In the Clean namespace itself (not Clean.Blocks): PageCleaner defaults to the shipped chooser, and a sub-namespace
// would make Clean and Clean.Blocks use each other.
namespace PressMine.Clean;

/// <summary>
/// Labels a page's blocks from its gold body text: a block is body when most of its CJK character bigrams occur in the
/// gold body, the unit the real-page scorer counts. Each gold bigram is used once, first by the blocks the rules kept
/// and then in page order: a body printed twice is body once (in the copy the rules chose, so the model does not learn
/// to veto it), and a summary box repeating body sentences is not body.
/// </summary>
internal static class BlockLabels
{
    public const double BodyShare = 0.5;

    public static IEnumerable<BlockRow> Rows(IReadOnlyList<BlockCandidate> blocks, string goldBody)
    {
        var gold = Bigrams(goldBody);
        var label = new bool?[blocks.Count];
        foreach (var b in blocks.Where(b => b.RuleKept).Concat(blocks.Where(b => !b.RuleKept)))
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
            label[b.Index] = hits >= BodyShare * mine.Values.Sum();
        }
        for (int i = 0; i < blocks.Count; i++)
            if (label[i] is { } isBody) yield return new BlockRow { Label = isBody, Features = blocks[i].Features };
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
