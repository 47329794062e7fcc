namespace PressMine.Places;

/// <summary>
/// How much an article talks about each division. The subtree weight holds a division's weight with all of
/// its descendants'; <see cref="DirectWeight"/> only what names the division itself (the site's own weight excluded,
/// since it says where the outlet is, not what the article is about).
/// </summary>
sealed class LocalityWeights(Gazetteer gazetteer)
{
    readonly Dictionary<int, double> subtree = new();
    readonly Dictionary<int, double> direct = new();

    public void AddMention(int entry, double weight)
    {
        if (weight <= 0) return;
        direct[entry] = direct.GetValueOrDefault(entry) + weight;
        AddToSubtrees(entry, weight);
    }

    public void AddSite(int entry, double weight) => AddToSubtrees(entry, weight);

    /// <summary>What names the division itself (not its descendants, not the site).</summary>
    public double DirectWeight(int entry) => direct.GetValueOrDefault(entry);

    /// <summary>The county named most often, -1 when none is or two tie: what 全县/我县 refers to when the site is no county.</summary>
    public int MostNamedCounty()
    {
        int best = -1;
        double bestWeight = 0;
        bool tie = false;
        foreach (var (entry, weight) in direct)
        {
            if (gazetteer.LevelOf(entry) != DivisionLevel.County) continue;
            if (weight > bestWeight) { best = entry; bestWeight = weight; tie = false; }
            else if (weight == bestWeight) tie = true;
        }
        return tie ? -1 : best;
    }

    /// <summary>How many provinces are named, the heaviest one's weight and all provinces' weight together.</summary>
    public (int Provinces, double Top, double Total) ProvinceSpread()
    {
        int provinces = 0;
        double top = 0, total = 0;
        foreach (var (entry, weight) in subtree)
        {
            if (gazetteer.ParentOf(entry) >= 0) continue;
            provinces++;
            total += weight;
            top = Math.Max(top, weight);
        }
        return (provinces, top, total);
    }

    void AddToSubtrees(int entry, double weight)
    {
        for (int e = entry; e >= 0; e = gazetteer.ParentOf(e))
            subtree[e] = subtree.GetValueOrDefault(e) + weight;
    }

    /// <summary>
    /// From the heaviest province down: go to the heaviest child while it outweighs what names the parent
    /// itself and at least doubles its next sibling; stop at county level. Ties go to the site's lineage.
    /// </summary>
    public int MostSpecificLocality(int siteEntry)
    {
        int current = Heaviest(-1, siteEntry, out _, out _);
        while (current >= 0 && gazetteer.LevelOf(current) < DivisionLevel.County)
        {
            int child = Heaviest(current, siteEntry, out double weight, out double runnerUp);
            if (child < 0 || weight <= direct.GetValueOrDefault(current) || weight < 2 * runnerUp) break;
            current = child;
        }
        return current;
    }

    int Heaviest(int parent, int siteEntry, out double bestWeight, out double runnerUp)
    {
        int best = -1;
        bestWeight = runnerUp = 0;
        foreach (var (entry, weight) in subtree)
        {
            if (gazetteer.ParentOf(entry) != parent || gazetteer.LevelOf(entry) == DivisionLevel.Town) continue;
            bool site = siteEntry >= 0 && gazetteer.IsAncestorOrSelf(entry, siteEntry);
            if (weight > bestWeight || (weight == bestWeight && site))
            {
                runnerUp = Math.Max(runnerUp, bestWeight);
                best = entry;
                bestWeight = weight;
            }
            else runnerUp = Math.Max(runnerUp, weight);
        }
        // Two equal children and neither is the site's: no winner.
        if (best >= 0 && runnerUp == bestWeight && !(siteEntry >= 0 && gazetteer.IsAncestorOrSelf(best, siteEntry))) return -1;
        return best;
    }
}
