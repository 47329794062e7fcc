namespace PressMine.Dedup;

/// <summary>
/// Clusters exact and near-duplicate articles (MinHash LSH, then a similarity and numbers check) and picks
/// one canonical article per cluster. Returns duplicate id → canonical id.
/// </summary>
public sealed class Deduplicator(int bands = 32, double threshold = 0.9)
{
    public Dictionary<string, string> FindDuplicates(IReadOnlyList<DedupSignature> signatures)
    {
        var parent = signatures.ToDictionary(s => s.Id, s => s.Id);
        string Find(string x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Union(string a, string b) { var ra = Find(a); var rb = Find(b); if (ra != rb) parent[ra] = rb; }

        foreach (var group in signatures.GroupBy(s => s.ExactHash).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1)) Union(first.Id, other.Id);
        }

        var candidates = new HashSet<(int, int)>();
        int rows = signatures.Count == 0 ? 1 : signatures[0].MinHash.Length / bands;
        for (int band = 0; band < bands; band++)
        {
            var buckets = new Dictionary<ulong, List<int>>();
            for (int i = 0; i < signatures.Count; i++)
            {
                if (signatures[i].BodyLength == 0) continue;
                ulong key = 17;
                for (int r = 0; r < rows; r++) key = key * 31 + signatures[i].MinHash[band * rows + r];
                if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                list.Add(i);
            }
            foreach (var list in buckets.Values.Where(l => l.Count > 1))
                for (int a = 0; a < list.Count; a++)
                    for (int b = a + 1; b < list.Count; b++)
                        candidates.Add((list[a], list[b]));
        }
        foreach (var (a, b) in candidates)
        {
            var x = signatures[a]; var y = signatures[b];
            if (IsNearDuplicate(x, y)) Union(x.Id, y.Id);
        }

        var result = new Dictionary<string, string>();
        foreach (var cluster in signatures.GroupBy(s => Find(s.Id)).Where(g => g.Count() > 1))
        {
            var canonical = CanonicalOf(cluster.ToList());
            foreach (var member in cluster.Where(m => m.Id != canonical.Id)) result[member.Id] = canonical.Id;
        }
        return result;
    }

    bool IsNearDuplicate(DedupSignature x, DedupSignature y) =>
        x.ExactHash == y.ExactHash ||
        (Containment(x, y) >= threshold && NumbersCompatible(x.NumbersKey, y.NumbersKey));

    /// <summary>
    /// How much of the shorter body the longer one holds, from the MinHash Jaccard estimate J and the set sizes:
    /// |A∩B| = J(|A|+|B|)/(1+J). A republished copy with a trimmed lead has low Jaccard but high containment.
    /// </summary>
    static double Containment(DedupSignature x, DedupSignature y)
    {
        double j = MinHasher.Similarity(x.MinHash, y.MinHash);
        double a = Math.Max(1, x.BodyLength), b = Math.Max(1, y.BodyLength);
        return Math.Min(1, j * (a + b) / (1 + j) / Math.Min(a, b));
    }

    /// <summary>A trimmed copy may lose numbers, but two bodies that each hold a number the other lacks differ.</summary>
    static bool NumbersCompatible(string a, string b)
    {
        var sa = a.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var sb = b.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return sa.IsSubsetOf(sb) || sb.IsSubsetOf(sa);
    }

    /// <summary>The original source when a member's 来源 names another's site, else the earliest published, else the longest.</summary>
    static DedupSignature CanonicalOf(List<DedupSignature> cluster)
    {
        var named = cluster.Where(c => c.Site is not null && cluster.Any(o => o != c && o.Source is not null &&
            (o.Source.Contains(c.Site) || c.Site.Contains(o.Source)))).ToList();
        var pool = named.Count > 0 ? named : cluster;
        return pool
            .OrderBy(c => c.PublishedAt is null ? 1 : 0)
            .ThenBy(c => c.PublishedAt, StringComparer.Ordinal)
            .ThenByDescending(c => c.BodyLength)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .First();
    }
}
