namespace PressMine.Dedup;

/// <summary>The kept article of a cluster: the original source when a member's 来源 names another's site, else the earliest published, else the longest.</summary>
internal static class CanonicalChooser
{
    public static DedupSignature Choose(IReadOnlyList<DedupSignature> cluster)
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
