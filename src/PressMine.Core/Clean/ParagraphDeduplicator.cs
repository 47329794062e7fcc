namespace PressMine.Clean;

/// <summary>
/// Removes paragraphs that a page repeats (print or mobile copies of the body, repeated leads).
/// Long paragraphs are dropped when they repeat an earlier one exactly or nearly; short lines only when
/// they sit next to a dropped repeat, so a subheading used twice inside one body survives.
/// </summary>
internal static class ParagraphDeduplicator
{
    /// <summary>Paragraphs with at least this many characters (after normalising) count as long.</summary>
    public const int LongParagraph = 20;

    private const double NearDuplicateJaccard = 0.8;
    private const int MaxComparisons = 200_000;

    public static IReadOnlyList<string> Deduplicate(IReadOnlyList<string> paragraphs)
    {
        var keys = paragraphs.Select(TextNormalizer.Key).ToArray();
        var dropped = new bool[paragraphs.Count];
        var seenLong = new List<(string Key, HashSet<int> Shingles)>();
        var exact = new HashSet<string>();
        int comparisons = 0;

        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length < LongParagraph) continue;
            if (!exact.Add(keys[i])) { dropped[i] = true; continue; }
            var shingles = Bigrams(keys[i]);
            foreach (var (key, earlier) in seenLong)
            {
                if (++comparisons > MaxComparisons) break;
                if (Contains(key, keys[i]) || Jaccard(earlier, shingles) >= NearDuplicateJaccard) { dropped[i] = true; break; }
            }
            if (!dropped[i]) seenLong.Add((keys[i], shingles));
        }

        var seenShort = new HashSet<string>();
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length >= LongParagraph) continue;
            if (keys[i].Length == 0) { dropped[i] = true; continue; }
            if (!seenShort.Add(keys[i]) && NextToDroppedRepeat(i, keys, dropped)) dropped[i] = true;
        }
        return paragraphs.Where((_, i) => !dropped[i]).ToList();
    }

    /// <summary>True when the nearest long paragraph before or after the short line was dropped as a repeat.</summary>
    private static bool NextToDroppedRepeat(int i, string[] keys, bool[] dropped)
    {
        for (int j = i - 1; j >= 0; j--)
            if (keys[j].Length >= LongParagraph) { if (dropped[j]) return true; break; }
        for (int j = i + 1; j < keys.Length; j++)
            if (keys[j].Length >= LongParagraph) return dropped[j];
        return false;
    }

    // A later paragraph wholly contained in an earlier long one is a truncated copy (teaser, summary).
    private static bool Contains(string earlier, string later) => later.Length >= 30 && earlier.Contains(later, StringComparison.Ordinal);

    private static HashSet<int> Bigrams(string key)
    {
        var set = new HashSet<int>();
        for (int i = 0; i + 2 <= key.Length; i++) set.Add(key[i] << 16 | key[i + 1]);
        return set;
    }

    private static double Jaccard(HashSet<int> a, HashSet<int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        if (small.Count < large.Count * NearDuplicateJaccard) return 0;
        int inter = small.Count(large.Contains);
        return (double)inter / (a.Count + b.Count - inter);
    }
}
