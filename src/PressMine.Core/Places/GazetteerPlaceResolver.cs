using PressMine.Places;

namespace PressMine.Places;

/// <summary>
/// <see cref="IPlaceResolver"/> over the gazetteer. The article locality is found by weighing every place the
/// title and body name (title counts triple), the site/source (达州日报网 → 达州市) and self-references
/// (我市/全市/本市 → the site's city), then descending from the heaviest province to a child that dominates
/// (see <see cref="LocalityWeights.MostSpecificLocality"/>), down to county level.
/// </summary>
public sealed class GazetteerPlaceResolver : IPlaceResolver
{
    const double TitleWeight = 3, SiteWeight = 2;
    static readonly string[] MastheadWords = ["日报", "晚报", "网", "新闻网", "电视台", "广播电视", "融媒", "报业", "发布"];
    static readonly string[] CityWords = ["我市", "全市", "本市"];
    static readonly string[] CountyWords = ["我县", "全县", "本县"];
    static readonly string[] ProvinceWords = ["我省", "全省", "本省"];

    [ThreadStatic] static List<Mention>? mentionsScratch;
    [ThreadStatic] static List<int>? anchorsScratch;

    readonly Gazetteer gazetteer;
    readonly MentionScanner scanner;
    readonly PlaceDisambiguator disambiguator;
    readonly SiteLocality sites;

    internal GazetteerPlaceResolver(Gazetteer gazetteer, SiteLocality? sites = null)
    {
        this.gazetteer = gazetteer;
        scanner = new MentionScanner(gazetteer);
        disambiguator = new PlaceDisambiguator(gazetteer);
        this.sites = sites ?? new SiteLocality(gazetteer);
    }

    /// <summary>The resolver over <see cref="Gazetteer.Default"/> and the default sites table.</summary>
    public static GazetteerPlaceResolver CreateDefault() => new(Gazetteer.Default);

    /// <summary>The division an article is mainly about, from its title, body, site and source; null when none stands out.</summary>
    public Division? ResolveArticleLocality(string? title, string body, string? site, string? source)
    {
        int siteEntry = sites.Resolve(site, source);
        var anchors = new List<int>();
        if (siteEntry >= 0) anchors.Add(siteEntry);

        var titleMentions = new List<Mention>();
        var bodyMentions = new List<Mention>();
        if (title is not null) scanner.Scan(title, titleMentions);
        scanner.Scan(body, bodyMentions);
        AddUnambiguous(titleMentions, anchors);
        AddUnambiguous(bodyMentions, anchors);

        var weights = new LocalityWeights(gazetteer);
        if (title is not null) AddResolved(title, titleMentions, anchors, weights, TitleWeight);
        AddResolved(body, bodyMentions, anchors, weights, 1);
        if (siteEntry >= 0)
        {
            weights.AddSite(siteEntry, SiteWeight);
            AddSelfReferences(title, body, siteEntry, weights);
        }
        if (siteEntry < 0 && IsNationalScope(title, body, weights)) return null;
        int locality = weights.MostSpecificLocality(siteEntry);
        return locality >= 0 ? gazetteer.ToDivision(locality) : null;
    }

    IReadOnlyList<string> NationalWords => gazetteer.NationalScopeWords;

    /// <summary>
    /// A story from no local site is national when it speaks of the whole country (全国, 中央, 国务院…; title
    /// counts triple) at least as much as it names its heaviest province, or when it names three provinces or
    /// more and none holds half of what is named: a round-up gets no province.
    /// </summary>
    bool IsNationalScope(string? title, string body, LocalityWeights weights)
    {
        double national = Count(body, NationalWords) + (title is null ? 0 : TitleWeight * Count(title, NationalWords));
        var (provinces, top, total) = weights.ProvinceSpread();
        if (national > 0 && top <= national) return true;
        return provinces >= 3 && top < total / 2;
    }

    /// <summary>The division one clause names, read within the article's locality; null when it names none.</summary>
    public Division? FindPlace(string clause, Division? articleLocality)
    {
        var mentions = mentionsScratch ??= new List<Mention>();
        var anchors = anchorsScratch ??= new List<int>();
        mentions.Clear();
        anchors.Clear();
        scanner.Scan(clause, mentions);
        if (mentions.Count == 0) return null;
        if (articleLocality is not null && gazetteer.IndexOf(articleLocality.Code) is >= 0 and var localityEntry)
            anchors.Add(localityEntry);
        AddUnambiguous(mentions, anchors);

        // 全国31个省…和新疆兵团, 对北京、辽宁、浙江等地: a clause over the country or over several provinces has no one place.
        if (Count(clause, NationalWords) > 0) return null;
        int best = -1, province = -1;
        foreach (var mention in mentions)
        {
            int entry = disambiguator.Resolve(mention.Name, anchors, mention.Suffixed);
            if (entry < 0) continue;
            anchors.Add(entry);
            int own = gazetteer.AncestorAt(entry, DivisionLevel.Province);
            if (province >= 0 && own != province) return null;
            province = own;
            if (best < 0 || gazetteer.LevelOf(entry) > gazetteer.LevelOf(best)) best = entry;
        }
        return best >= 0 ? gazetteer.ToDivision(best) : null;
    }

    /// <summary>Names with a single county-or-wider reading anchor the context before ambiguous ones are read.</summary>
    void AddUnambiguous(List<Mention> mentions, List<int> anchors)
    {
        foreach (var mention in mentions)
        {
            var name = mention.Name;
            if (name.IsCommonWord || name.NeedsContext) continue;
            int only = -1, count = 0;
            foreach (var owner in name.Owners)
                if (gazetteer.LevelOf(owner.Entry) != DivisionLevel.Town) { only = owner.Entry; count++; }
            // A bare county short form (大新, 和政) is no evidence of itself: it may be part of a word.
            if (name.IsShortOnly && !mention.Suffixed && count == 1 && gazetteer.LevelOf(only) == DivisionLevel.County) continue;
            if (count == 1 && !anchors.Contains(only)) anchors.Add(only);
        }
    }

    void AddResolved(string text, List<Mention> mentions, List<int> anchors, LocalityWeights weights, double weight)
    {
        var entries = new int[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            entries[i] = disambiguator.Resolve(mentions[i].Name, anchors, mentions[i].Suffixed);
            if (entries[i] >= 0 && !anchors.Contains(entries[i])) anchors.Add(entries[i]);
        }
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (entries[i] < 0 || IsMasthead(text.AsSpan(mention.Start + mention.Length))) continue;
            // 达州市通川区: the city only qualifies the district; the district's weight reaches it through the subtree.
            bool qualifier = i + 1 < mentions.Count && entries[i + 1] >= 0 && entries[i + 1] != entries[i]
                && mentions[i + 1].Start == mention.Start + mention.Length && gazetteer.IsAncestorOrSelf(entries[i], entries[i + 1]);
            if (!qualifier) weights.AddMention(entries[i], weight);
        }
    }

    /// <summary>达州日报, 中国宁波网: the outlet's name, not something the article is about.</summary>
    static bool IsMasthead(ReadOnlySpan<char> rest)
    {
        foreach (var word in MastheadWords)
            if (rest.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    void AddSelfReferences(string? title, string body, int siteEntry, LocalityWeights weights)
    {
        int city = NearestNamedWith(siteEntry, '市');
        int county = gazetteer.LevelOf(siteEntry) == DivisionLevel.County && weights.DirectWeight(siteEntry) > 0 ? siteEntry : weights.MostNamedCounty();
        int province = gazetteer.AncestorAt(siteEntry, DivisionLevel.Province);
        foreach (var text in (ReadOnlySpan<string?>)[title, body])
        {
            if (text is null) continue;
            if (city >= 0) weights.AddMention(city, Count(text, CityWords));
            if (county >= 0) weights.AddMention(county, Count(text, CountyWords));
            weights.AddMention(province, Count(text, ProvinceWords));
        }
    }

    int NearestNamedWith(int entry, char suffix)
    {
        for (int e = entry; e >= 0; e = gazetteer.ParentOf(e))
            if (gazetteer.NameOf(e).EndsWith(suffix)) return e;
        return -1;
    }

    static int Count(string text, IReadOnlyList<string> words)
    {
        int count = 0;
        foreach (var word in words)
            for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
                count++;
        return count;
    }
}
