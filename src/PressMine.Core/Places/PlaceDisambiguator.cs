namespace PressMine.Places;

/// <summary>
/// Picks the division a name refers to, given the divisions the context already points at (anchors: the
/// article locality and places resolved nearby). 鼓楼 next to 南京 is 南京's 鼓楼区; 普陀 in a 舟山 article
/// is 舟山's. Common-word names (和平, 解放) count only inside an anchored city; towns only inside an anchored
/// county, or inside an anchored city when no other town there has the name.
/// </summary>
internal sealed class PlaceDisambiguator(Gazetteer gazetteer)
{
    const int Lineage = 3, SameCity = 2, SameProvince = 1;

    public Gazetteer Gazetteer => gazetteer;

    /// <summary>The entry <paramref name="name"/> refers to; -1 when it is ambiguous or not a place here.</summary>
    /// <param name="name">A place name found in the text, with the entries that bear it.</param>
    /// <param name="anchors">Entries the context already points at: the article locality and places resolved nearby.</param>
    /// <param name="suffixed">The name was written with a division suffix (鄂温克旗): a bare short form needs no other evidence.</param>
    public int Resolve(PlaceName name, List<int> anchors, bool suffixed = false)
    {
        int maxRank = -1;
        foreach (var owner in name.Owners)
            if (gazetteer.LevelOf(owner.Entry) != DivisionLevel.Town)
                maxRank = Math.Max(maxRank, Rank(owner, anchors, out _));

        // Among the closest readings, the widest wins when it is the only one at its level (吉林省 over 吉林市,
        // 朝阳市 over two 朝阳区); two at the same level (鼓楼区 of 南京 and of 福州, no context) stay unresolved.
        int best = -1, bestLevel = int.MaxValue, atBestLevel = 0;
        bool bestInAnchoredCity = false;
        foreach (var owner in name.Owners)
        {
            int level = (int)gazetteer.LevelOf(owner.Entry);
            if (level == (int)DivisionLevel.Town || Rank(owner, anchors, out bool inAnchoredCity) != maxRank) continue;
            if (level < bestLevel) { best = owner.Entry; bestLevel = level; atBestLevel = 1; bestInAnchoredCity = inAnchoredCity; }
            else if (level == bestLevel) atBestLevel++;
        }
        if (atBestLevel != 1 || (name.NeedsContext && !bestInAnchoredCity)) best = -1;
        // A bare county short form outside its own city or province is more likely part of a word (会同 = "together
        // with", 城口 in 昌城口, 大新 in 二十大新闻, 和政 in 建议和政协) than a trip there: it needs its suffix, its parent
        // named nearby or the site's locality as evidence, with or without other context.
        if (best >= 0 && !suffixed && maxRank == 0 && gazetteer.LevelOf(best) == DivisionLevel.County) best = -1;
        if (best >= 0 && maxRank / 2 == Lineage) return best;

        int town = ResolveTown(name, anchors);
        return town >= 0 ? town : best;
    }

    int Rank(NameOwner owner, List<int> anchors, out bool inAnchoredCity) =>
        Affinity(owner.Entry, anchors, out inAnchoredCity) * 2 + (owner.Kind == NameKind.Short ? 0 : 1);

    int Affinity(int entry, List<int> anchors, out bool inAnchoredCity)
    {
        int best = 0;
        inAnchoredCity = false;
        int city = gazetteer.CityOrProvinceOf(entry);
        int province = gazetteer.AncestorAt(entry, DivisionLevel.Province);
        foreach (int anchor in anchors)
        {
            bool cityAnchor = gazetteer.LevelOf(anchor) != DivisionLevel.Province || gazetteer.IsMunicipality(anchor);
            bool sameCity = cityAnchor && gazetteer.CityOrProvinceOf(anchor) == city;
            // 朝阳 next to 辽宁 is the city 朝阳市 (its parent is anchored), but 解放 next to 河南 is no district.
            inAnchoredCity |= sameCity || gazetteer.ParentOf(entry) == anchor;
            if (gazetteer.IsAncestorOrSelf(anchor, entry) || gazetteer.IsAncestorOrSelf(entry, anchor)) best = Lineage;
            else if (sameCity) best = Math.Max(best, SameCity);
            else if (gazetteer.AncestorAt(anchor, DivisionLevel.Province) == province) best = Math.Max(best, SameProvince);
        }
        return best;
    }

    int ResolveTown(PlaceName name, List<int> anchors)
    {
        int best = -1, bestScore = 0, ties = 0;
        foreach (var owner in name.Owners)
        {
            if (gazetteer.LevelOf(owner.Entry) != DivisionLevel.Town) continue;
            int score = TownAffinity(owner.Entry, anchors);
            if (score > bestScore) { best = owner.Entry; bestScore = score; ties = 0; }
            else if (score == bestScore && score > 0) ties++;
        }
        return ties == 0 && bestScore >= SameCity ? best : -1;
    }

    int TownAffinity(int town, List<int> anchors)
    {
        int county = gazetteer.ParentOf(town);
        int city = gazetteer.CityOrProvinceOf(town);
        int best = 0;
        foreach (int anchor in anchors)
        {
            if (gazetteer.IsAncestorOrSelf(county, anchor)) return Lineage;
            bool cityAnchor = gazetteer.LevelOf(anchor) != DivisionLevel.Province || gazetteer.IsMunicipality(anchor);
            if (cityAnchor && gazetteer.CityOrProvinceOf(anchor) == city) best = SameCity;
        }
        return best;
    }
}
