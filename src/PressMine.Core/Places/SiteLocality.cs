namespace PressMine.Places;

/// <summary>
/// The division a news site or source belongs to: a table of known hosts (corpus/gazetteer/sites.tsv:
/// cnnb.com.cn → 宁波市), else a name that begins with a division name (达州日报网 → 达州市, 中国宁波网 →
/// 宁波市). Names that are common words never count (光明日报 is not 深圳光明区).
/// </summary>
internal sealed class SiteLocality
{
    readonly Gazetteer gazetteer;
    readonly Dictionary<string, int> hosts = new(StringComparer.OrdinalIgnoreCase);

    public SiteLocality(Gazetteer gazetteer, string? sitesTablePath = null)
    {
        this.gazetteer = gazetteer;
        sitesTablePath ??= Path.Combine(Gazetteer.DefaultDirectory, "sites.tsv");
        if (!File.Exists(sitesTablePath)) return;
        foreach (var line in File.ReadLines(sitesTablePath).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2) continue;
            int entry = gazetteer.IndexOf(fields[1]);
            if (entry < 0) throw new FormatException($"{sitesTablePath}: host {fields[0]} points at unknown code {fields[1]}");
            hosts[fields[0]] = entry;
        }
    }

    /// <summary>The entry for the site, else for the source; -1 when neither names a place.</summary>
    public int Resolve(string? site, string? source)
    {
        int entry = ResolveOne(site);
        return entry >= 0 ? entry : ResolveOne(source);
    }

    int ResolveOne(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return -1;
        var text = value.AsSpan().Trim();
        if (LooksLikeHost(text)) return ResolveHost(text);
        if (text.StartsWith("中国")) text = text[2..].TrimStart("·•");
        for (int len = Math.Min(gazetteer.LongestNameStartingWith(text.Length > 0 ? text[0] : '\0'), text.Length); len >= 2; len--)
        {
            var name = gazetteer.Lookup(text[..len]);
            if (name is null) continue;
            if (name.IsCommonWord) return -1;
            // An ambiguous name counts only as a city (中山日报 → 中山市); 东海新闻网 is not 东海县 (东海 = the East China Sea).
            int entry = WidestUnique(name);
            return name.NeedsContext && entry >= 0 && gazetteer.LevelOf(entry) != DivisionLevel.City ? -1 : entry;
        }
        return -1;
    }

    /// <summary>A paper is usually a city's: city, then province, then county; -1 when two tie.</summary>
    int WidestUnique(PlaceName name)
    {
        foreach (var level in (ReadOnlySpan<DivisionLevel>)[DivisionLevel.City, DivisionLevel.Province, DivisionLevel.County])
        {
            int found = -1, count = 0;
            foreach (var owner in name.Owners)
                if (gazetteer.LevelOf(owner.Entry) == level) { found = owner.Entry; count++; }
            if (count == 1) return found;
            if (count > 1) return -1;
        }
        return -1;
    }

    static bool LooksLikeHost(ReadOnlySpan<char> text) => text.Contains('.') && !text.ContainsAnyInRange('\u4e00', '\u9fff');

    int ResolveHost(ReadOnlySpan<char> text)
    {
        int scheme = text.IndexOf("://");
        if (scheme >= 0) text = text[(scheme + 3)..];
        int end = text.IndexOfAny('/', ':', '?');
        if (end >= 0) text = text[..end];
        // Match the host or any parent domain: news.cnnb.com.cn → cnnb.com.cn.
        var lookup = hosts.GetAlternateLookup<ReadOnlySpan<char>>();
        while (true)
        {
            if (lookup.TryGetValue(text, out int entry)) return entry;
            int dot = text.IndexOf('.');
            if (dot < 0) return -1;
            text = text[(dot + 1)..];
        }
    }
}
