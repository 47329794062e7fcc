namespace PressMine.Dedup;

/// <summary>
/// Clusters exact and near-duplicate articles (MinHash LSH, then a containment, numbers and places check) and
/// picks one canonical article per cluster. Incremental: signatures before <c>firstNew</c> were already compared
/// with each other in an earlier run (their clusters come in as <c>known</c>), so only pairs with a new member are checked.
/// </summary>
public sealed class Deduplicator(DedupParameters? parameters = null)
{
    readonly DedupParameters p = parameters ?? DedupParameters.Default;

    internal Deduplicator(int bands, double threshold = 0.8) : this(new DedupParameters(bands, threshold)) { }

    internal Dictionary<string, string> FindDuplicates(IReadOnlyList<DedupSignature> signatures)
    {
        using var set = new SignatureSet(int.MaxValue);
        foreach (var s in signatures) set.Add(s);
        return new Dictionary<string, string>(Run(set).Duplicates);
    }

    /// <summary>Clusters the signatures of set (earlier decisions included): duplicate id → canonical id for every copy that is not its cluster's kept article, and the work it took.</summary>
    /// <param name="set">The signatures, earlier runs' first.</param>
    /// <param name="firstNew">Index of the first signature not compared in an earlier run; 0 compares all pairs.</param>
    /// <param name="known">Earlier runs' decisions (duplicate id → canonical id) for the signatures before firstNew; null when none.</param>
    public DedupResult Run(SignatureSet set, int firstNew = 0, IReadOnlyDictionary<string, string>? known = null)
    {
        int n = set.Count;
        var ids = new string[n];
        var parent = new int[n];
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var lengths = new int[n];
        int i = 0;
        foreach (var s in set.InOrder())
        {
            ids[i] = s.Id; parent[i] = i; lengths[i] = s.BodyLength;
            if (exact.TryGetValue(s.ExactHash, out int first)) Union(parent, first, i); else exact[s.ExactHash] = i;
            i++;
        }
        exact.Clear();
        if (known is not null)
        {
            var indexOf = new Dictionary<string, int>(n, StringComparer.Ordinal);
            for (int k = 0; k < n; k++) indexOf[ids[k]] = k;
            foreach (var (dup, canonical) in known)
                if (indexOf.TryGetValue(dup, out int a) && indexOf.TryGetValue(canonical, out int b)) Union(parent, a, b);
        }

        long candidates = 0, comparisons = 0;
        var rejected = new HashSet<ulong>();
        int rows = p.Bands == 0 || n == 0 ? 1 : set[0].MinHash.Length / p.Bands;
        int bandsPerPass = (int)Math.Clamp(p.BandKeyBudgetBytes / Math.Max(1L, 8L * n), 1, p.Bands);
        for (int firstBand = 0; firstBand < p.Bands; firstBand += bandsPerPass)
        {
            int passBands = Math.Min(bandsPerPass, p.Bands - firstBand);
            // key << 32 | index: one sort gives buckets with their members in index order (deterministic).
            var keys = new ulong[passBands][];
            for (int b = 0; b < passBands; b++) keys[b] = new ulong[n];
            int count = 0;
            foreach (var s in set.InOrder())
            {
                for (int b = 0; b < passBands; b++)
                    keys[b][count] = (ulong)(lengths[count] == 0 ? (uint)count : BandKey(s.MinHash, firstBand + b, rows)) << 32 | (uint)count;
                count++;
            }
            foreach (var band in keys)
            {
                Array.Sort(band);
                for (int start = 0, end; start < n; start = end)
                {
                    for (end = start + 1; end < n && band[end] >> 32 == band[start] >> 32; end++) { }
                    if (end - start < 2) continue;
                    CompareBucket(set, band.AsSpan(start, end - start), firstNew, lengths, parent, rejected, ref candidates, ref comparisons);
                }
            }
        }

        var duplicates = new Dictionary<string, string>(StringComparer.Ordinal);
        var sizes = new int[n];
        for (int k = 0; k < n; k++) sizes[Find(parent, k)]++;
        var clusters = new Dictionary<int, List<int>>();
        for (int k = 0; k < n; k++)
        {
            int root = Find(parent, k);
            if (sizes[root] < 2) continue;
            if (!clusters.TryGetValue(root, out var list)) clusters[root] = list = [];
            list.Add(k);
        }
        foreach (var members in clusters.Values)
            foreach (var (canonical, copies) in SplitWithoutChaining(members.Select(m => set[m]).ToList()))
                foreach (var copy in copies) duplicates[copy.Id] = canonical.Id;
        return new DedupResult(duplicates, candidates, comparisons);
    }

    /// <summary>
    /// The pair rule is not transitive (a trimmed copy can be a subset of two reports that differ in their counts), so
    /// a union-find component is only a candidate: every copy must itself be a near-duplicate of the canonical article
    /// it is filed under. Members that are not start a component of their own, chosen again in the same way.
    /// </summary>
    IEnumerable<(DedupSignature Canonical, List<DedupSignature> Copies)> SplitWithoutChaining(List<DedupSignature> component)
    {
        var rest = component;
        while (rest.Count > 1)
        {
            var canonical = CanonicalChooser.Choose(rest);
            var copies = new List<DedupSignature>();
            var left = new List<DedupSignature>();
            foreach (var member in rest)
                if (member != canonical) (IsNearDuplicate(canonical, member) ? copies : left).Add(member);
            if (copies.Count > 0) yield return (canonical, copies);
            rest = left;
        }
    }

    void CompareBucket(SignatureSet set, Span<ulong> bucket, int firstNew, int[] lengths, int[] parent,
        HashSet<ulong> rejected, ref long candidates, ref long comparisons)
    {
        // Each member is compared with at most BucketCompareLimit predecessors: keep those decoded in a ring, so a
        // spilled signature is read from disk once per bucket rather than once per comparison.
        int window = p.BucketCompareLimit + 1;
        var ring = new DedupSignature?[window];
        var ringSlot = new int[window];
        Array.Fill(ringSlot, -1);
        DedupSignature Member(int j, Span<ulong> members)
        {
            int slot = j % window;
            if (ringSlot[slot] != j) { ring[slot] = set[(int)(uint)members[j]]; ringSlot[slot] = j; }
            return ring[slot]!;
        }

        for (int j = 1; j < bucket.Length; j++)
        {
            int b = (int)(uint)bucket[j];
            for (int a0 = Math.Max(0, j - p.BucketCompareLimit); a0 < j; a0++)
            {
                int a = (int)(uint)bucket[a0];
                if (a < firstNew && b < firstNew) continue;
                if (lengths[a] == 0 || lengths[b] == 0) continue;
                candidates++;
                if (Find(parent, a) == Find(parent, b)) continue;
                // A pair that shares several bands meets in each of them: decide it once.
                if (!rejected.Add(PairKey(a, b))) continue;
                comparisons++;
                if (IsNearDuplicate(Member(a0, bucket), Member(j, bucket))) Union(parent, a, b);
            }
        }
    }

    /// <summary>The decision for one pair, as the LSH pass would make it: same band in at least one band, then the checks.</summary>
    public bool AreDuplicates(DedupSignature x, DedupSignature y)
    {
        if (x.ExactHash == y.ExactHash) return true;
        if (x.BodyLength == 0 || y.BodyLength == 0) return false;
        int rows = x.MinHash.Length / p.Bands;
        bool shareBand = false;
        for (int b = 0; b < p.Bands && !shareBand; b++) shareBand = BandKey(x.MinHash, b, rows) == BandKey(y.MinHash, b, rows);
        return shareBand && IsNearDuplicate(x, y);
    }

    internal bool IsNearDuplicate(DedupSignature x, DedupSignature y) =>
        x.ExactHash == y.ExactHash ||
        (Containment(x, y) >= p.Threshold
         && (!p.CheckNumbers || SubsetEitherWay(x.NumberItems, y.NumberItems))
         && (!p.CheckPlaces || SubsetEitherWay(x.PlaceItems, y.PlaceItems)));

    /// <summary>
    /// How much of the shorter body the longer one holds, from the MinHash Jaccard estimate J and the set sizes:
    /// |A∩B| = J(|A|+|B|)/(1+J). A republished copy with a trimmed lead has low Jaccard but high containment.
    /// </summary>
    public static double Containment(DedupSignature x, DedupSignature y)
    {
        double j = MinHasher.Similarity(x.MinHash, y.MinHash);
        double a = Math.Max(1, x.BodyLength), b = Math.Max(1, y.BodyLength);
        return Math.Min(1, j * (a + b) / (1 + j) / Math.Min(a, b));
    }

    /// <summary>A trimmed copy may lose numbers or place names, but two bodies that each hold one the other lacks differ.</summary>
    static bool SubsetEitherWay(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0) return true;
        return a.Length <= b.Length ? IsSubset(a, b) : IsSubset(b, a);
    }

    /// <summary>Every item of <paramref name="small"/> is in <paramref name="large"/>: one merge walk over two sorted arrays.</summary>
    static bool IsSubset(ulong[] small, ulong[] large)
    {
        int j = 0;
        foreach (var item in small)
        {
            while (j < large.Length && large[j] < item) j++;
            if (j == large.Length || large[j] != item) return false;
            j++;
        }
        return true;
    }

    static ulong PairKey(int a, int b) => (ulong)(uint)Math.Min(a, b) << 32 | (uint)Math.Max(a, b);

    static uint BandKey(uint[] minHash, int band, int rows)
    {
        ulong h = 0xCBF29CE484222325UL ^ (ulong)band;
        for (int r = 0; r < rows; r++) h = (h ^ minHash[band * rows + r]) * 0x100000001B3UL;
        return (uint)(h ^ (h >> 32));
    }

    static int Find(int[] parent, int x)
    {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a), rb = Find(parent, b);
        if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
