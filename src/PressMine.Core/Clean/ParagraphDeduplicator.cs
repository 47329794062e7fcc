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

    /// <summary>
    /// Below this many long paragraphs every pair is compared (a size test rejects most pairs at once, cheaper than
    /// indexing bigrams); from it on, only pairs that share a rare bigram. Both give the same decisions.
    /// </summary>
    internal const int IndexFrom = 150;

    public static IReadOnlyList<string> Deduplicate(IReadOnlyList<string> paragraphs) => Deduplicate(paragraphs, IndexFrom);

    /// <summary>As <see cref="Deduplicate(IReadOnlyList{string})"/>, indexing from <paramref name="indexFrom"/> long paragraphs (tests).</summary>
    internal static IReadOnlyList<string> Deduplicate(IReadOnlyList<string> paragraphs, int indexFrom)
    {
        var keys = paragraphs.Select(TextNormalizer.Key).ToArray();
        var dropped = new bool[paragraphs.Count];
        if (keys.Count(k => k.Length >= LongParagraph) < indexFrom) DropLongRepeatsPairwise(keys, dropped);
        else DropLongRepeats(keys, dropped);

        var (longBefore, longAfter) = NearestLong(keys);
        var seenShort = new HashSet<string>();
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length >= LongParagraph) continue;
            if (keys[i].Length == 0) { dropped[i] = true; continue; }
            if (!seenShort.Add(keys[i]) && NextToDroppedRepeat(longBefore[i], longAfter[i], dropped)) dropped[i] = true;
        }
        return paragraphs.Where((_, i) => !dropped[i]).ToList();
    }

    /// <summary>For each paragraph, the nearest long one before it and after it (-1 when none).</summary>
    private static (int[] Before, int[] After) NearestLong(string[] keys)
    {
        var (before, after) = (new int[keys.Length], new int[keys.Length]);
        for (int i = 0, last = -1; i < keys.Length; i++) { before[i] = last; if (keys[i].Length >= LongParagraph) last = i; }
        for (int i = keys.Length - 1, next = -1; i >= 0; i--) { after[i] = next; if (keys[i].Length >= LongParagraph) next = i; }
        return (before, after);
    }

    /// <summary>True when the nearest long paragraph before the short line was dropped as a repeat, or, when there is none or it stayed, the nearest after it.</summary>
    private static bool NextToDroppedRepeat(int longBefore, int longAfter, bool[] dropped)
        => longBefore >= 0 && dropped[longBefore] || longAfter >= 0 && dropped[longAfter];

    /// <summary>Drops each long paragraph that repeats an earlier one exactly, or that an earlier kept one contains or nearly equals.</summary>
    private static void DropLongRepeatsPairwise(string[] keys, bool[] dropped)
    {
        var seenLong = new List<(string Key, HashSet<int> Shingles)>();
        var exact = new HashSet<string>(StringComparer.Ordinal);
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
    }

    /// <summary>
    /// The same decisions as <see cref="DropLongRepeatsPairwise"/>: drops each long paragraph that repeats an earlier one exactly, or that an earlier kept one contains or nearly
    /// equals (bigram Jaccard), comparing only the earlier paragraphs that share a bigram with the first, rarest
    /// bigrams of the later one (prefix filtering: two sets with Jaccard at least t share a token among the
    /// |A| − ⌊t·|A|⌋ + 1 rarest of A). The comparison budget is counted as if every earlier kept paragraph were
    /// compared in order until the first match, so pages past the budget keep the decisions they always had.
    /// </summary>
    private static void DropLongRepeats(string[] keys, bool[] dropped)
    {
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var sets = new HashSet<int>?[keys.Length];
        var pageFrequency = new Dictionary<int, int>();
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length < LongParagraph) continue;
            if (!exact.Add(keys[i])) { dropped[i] = true; continue; }
            sets[i] = Bigrams(keys[i]);
            foreach (var b in sets[i]!) pageFrequency[b] = pageFrequency.GetValueOrDefault(b) + 1;
        }

        var keptKeys = new List<string>();
        var keptSets = new List<HashSet<int>>();
        // Bigram → the kept paragraphs (by position in keptKeys) holding it, as linked lists in two flat arrays.
        var newestHolding = new Dictionary<int, int>();
        var holder = new List<int>();
        var nextHolding = new List<int>();
        var candidates = new List<int>();
        var lastAskedBy = new List<int>();
        int comparisons = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (sets[i] is not { } shingles) continue;
            int budget = Math.Max(0, MaxComparisons - comparisons); // kept paragraphs a full scan would compare
            candidates.Clear();
            if (budget > 0 && keptKeys.Count > 0)
                foreach (var b in RarestFirst(shingles, pageFrequency))
                    for (int at = newestHolding.GetValueOrDefault(b, -1); at >= 0; at = nextHolding[at])
                    {
                        // Smaller sets can neither contain this one nor pass Jaccard's own size test.
                        int k = holder[at];
                        if (k >= budget || lastAskedBy[k] == i || keptSets[k].Count < NearDuplicateJaccard * shingles.Count) continue;
                        lastAskedBy[k] = i;
                        candidates.Add(k);
                    }
            candidates.Sort();
            int match = -1;
            foreach (var k in candidates)
                if (Contains(keptKeys[k], keys[i]) || Jaccard(keptSets[k], shingles) >= NearDuplicateJaccard) { match = k; break; }
            comparisons += match >= 0 ? match + 1 : Math.Min(keptKeys.Count, budget + 1);
            if (match >= 0) { dropped[i] = true; continue; }
            foreach (var b in shingles)
            {
                holder.Add(keptKeys.Count);
                nextHolding.Add(newestHolding.GetValueOrDefault(b, -1));
                newestHolding[b] = holder.Count - 1;
            }
            keptKeys.Add(keys[i]);
            keptSets.Add(shingles);
            lastAskedBy.Add(-1);
        }
    }

    /// <summary>The prefix of a set that any set with Jaccard at least the threshold must touch, rarest bigrams first.</summary>
    private static IEnumerable<int> RarestFirst(HashSet<int> set, Dictionary<int, int> frequency)
    {
        int overlap = (int)Math.Floor(NearDuplicateJaccard * set.Count);
        int prefix = Math.Min(set.Count, set.Count - overlap + 1);
        var order = new long[set.Count]; // page frequency, then the bigram itself: one total order for every set
        int at = 0;
        foreach (var b in set) order[at++] = (long)frequency[b] << 32 | (uint)b;
        Array.Sort(order);
        for (int i = 0; i < prefix; i++) yield return (int)(uint)order[i];
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
