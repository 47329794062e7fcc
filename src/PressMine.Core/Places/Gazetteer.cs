namespace PressMine.Places;

/// <summary>
/// China's administrative divisions (province, city, county, town) with their GB/T 2260 / statistical codes,
/// indexed by full name, short form (宁波市 → 宁波) and well-known former name (襄樊 → 襄阳市).
/// Immutable after loading; safe to share between threads. Entries are addressed by an index.
/// </summary>
public sealed class Gazetteer
{
    static readonly Lazy<Gazetteer> DefaultInstance = new(() => Load(DefaultDirectory));

    readonly int[] codes;
    readonly string[] names;
    readonly string?[] shortNames;
    readonly byte[] levels;
    readonly int[] parents;
    readonly Dictionary<int, int> indexByCode;
    readonly Dictionary<string, PlaceName> byName;
    readonly Dictionary<string, PlaceName>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    readonly byte[] longestNameByFirstChar = new byte[char.MaxValue + 1];
    readonly Dictionary<int, byte> longestNameByFirstTwoChars = [];
    readonly Division?[] divisions;

    /// <summary>Words that speak of the whole country (全国, 我国…), from national-scope.tsv.</summary>
    public IReadOnlyList<string> NationalScopeWords { get; }

    internal Gazetteer(int[] codes, string[] names, string?[] shortNames, byte[] levels, int[] parents,
        Dictionary<int, int> indexByCode, HashSet<string> commonWords, HashSet<string> contextNames, List<(string Name, int Entry)> formerNames,
        IReadOnlyList<string> nationalScopeWords)
    {
        this.codes = codes;
        this.names = names;
        this.shortNames = shortNames;
        this.levels = levels;
        this.parents = parents;
        this.indexByCode = indexByCode;
        NationalScopeWords = nationalScopeWords;
        divisions = new Division?[codes.Length];

        var owners = new Dictionary<string, List<NameOwner>>(codes.Length + 4096, StringComparer.Ordinal);
        for (int i = 0; i < codes.Length; i++)
        {
            AddOwner(owners, names[i], new NameOwner(i, NameKind.Full));
            // 街道办事处 is the office; text says 街道.
            if (levels[i] == 4 && names[i].EndsWith("街道办事处", StringComparison.Ordinal))
                AddOwner(owners, names[i][..^3], new NameOwner(i, NameKind.Full));
            if (shortNames[i] is { Length: >= 2 } s)
                AddOwner(owners, s, new NameOwner(i, NameKind.Short));
        }
        foreach (var (name, entry) in formerNames)
            AddOwner(owners, name, new NameOwner(entry, NameKind.Former));

        byName = new Dictionary<string, PlaceName>(owners.Count, StringComparer.Ordinal);
        foreach (var (text, list) in owners)
        {
            byName.Add(text, new PlaceName(text, list.ToArray(), commonWords.Contains(text), contextNames.Contains(text)));
            ref byte longest = ref longestNameByFirstChar[text[0]];
            longest = (byte)Math.Max(longest, Math.Min(text.Length, byte.MaxValue));
            int pair = FirstTwo(text[0], text[1]);
            longestNameByFirstTwoChars[pair] = (byte)Math.Max(longestNameByFirstTwoChars.GetValueOrDefault(pair), Math.Min(text.Length, byte.MaxValue));
        }
        bySpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    static void AddOwner(Dictionary<string, List<NameOwner>> owners, string name, NameOwner owner)
    {
        if (name.Length < 2) return;
        if (!owners.TryGetValue(name, out var list)) owners.Add(name, list = new List<NameOwner>(1));
        if (!list.Contains(owner)) list.Add(owner);
    }

    /// <summary>bin/corpus/gazetteer, where the build copies the data.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "corpus", "gazetteer");

    /// <summary>The gazetteer from <see cref="DefaultDirectory"/>, loaded once per process.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>Reads a gazetteer from the data files in <paramref name="directory"/>; throws when they are missing or malformed.</summary>
    public static Gazetteer Load(string directory) => GazetteerLoader.Load(directory);

    /// <summary>Number of divisions; entry indexes run from 0 to Count - 1.</summary>
    public int Count => codes.Length;

    /// <summary>The longest name starting with <paramref name="c"/>, 0 when no name does (a cheap pre-check for scanning).</summary>
    public int LongestNameStartingWith(char c) => longestNameByFirstChar[c];

    /// <summary>The longest name starting with <paramref name="first"/> then <paramref name="second"/>, 0 when no name
    /// does: most places in a text start no name, and this tells them with one look-up instead of one per length.</summary>
    public int LongestNameStartingWith(char first, char second) => longestNameByFirstTwoChars.GetValueOrDefault(FirstTwo(first, second));

    static int FirstTwo(char first, char second) => first << 16 | second;

    /// <summary>Everything the exact string can name; null when it names no division.</summary>
    public PlaceName? Lookup(ReadOnlySpan<char> name) => bySpan.TryGetValue(name, out var place) ? place : null;

    /// <summary>Everything the exact string can name; null when it names no division.</summary>
    public PlaceName? Lookup(string name) => byName.GetValueOrDefault(name);

    /// <summary>Entry index of a code (330211 or 330211001), -1 when unknown.</summary>
    public int IndexOf(int code) => indexByCode.GetValueOrDefault(code, -1);

    /// <summary>Entry index of a code written as digits, -1 when unknown or not a number.</summary>
    public int IndexOf(string code) => int.TryParse(code, out int c) ? IndexOf(c) : -1;

    /// <summary>The official full name of an entry.</summary>
    public string NameOf(int entry) => names[entry];

    /// <summary>The official division code of an entry (6 digits, 9 for towns).</summary>
    public int CodeOf(int entry) => codes[entry];

    /// <summary>北京/天津/上海/重庆: provinces that are also cities.</summary>
    public bool IsMunicipality(int entry) => levels[entry] == 1 && IsMunicipalityCode(codes[entry]);

    /// <summary>The short name of an entry; null when it has none.</summary>
    public string? ShortNameOf(int entry) => shortNames[entry];

    /// <summary>The tier of an entry.</summary>
    public DivisionLevel LevelOf(int entry) => (DivisionLevel)levels[entry];

    /// <summary>Parent entry, -1 for a province. Counties of municipalities and 省直辖 cities hang on the province.</summary>
    public int ParentOf(int entry) => parents[entry];

    /// <summary>True when <paramref name="entry"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    public bool IsAncestorOrSelf(int ancestor, int entry)
    {
        for (int e = entry; e >= 0; e = parents[e])
            if (e == ancestor) return true;
        return false;
    }

    /// <summary>The ancestor-or-self at <paramref name="level"/>, -1 when the chain skips that level.</summary>
    public int AncestorAt(int entry, DivisionLevel level)
    {
        for (int e = entry; e >= 0; e = parents[e])
            if (levels[e] == (byte)level) return e;
        return -1;
    }

    /// <summary>The nearest ancestor-or-self that is a city, or the province for municipalities and 省直辖 units.</summary>
    public int CityOrProvinceOf(int entry)
    {
        int city = AncestorAt(entry, DivisionLevel.City);
        return city >= 0 ? city : AncestorAt(entry, DivisionLevel.Province);
    }

    static bool IsMunicipalityCode(int provinceCode) => provinceCode is 110000 or 120000 or 310000 or 500000;

    /// <summary>The division record of an entry (built once, then cached).</summary>
    public Division ToDivision(int entry)
    {
        var cached = Volatile.Read(ref divisions[entry]);
        if (cached is not null) return cached;
        var built = BuildDivision(entry);
        Interlocked.CompareExchange(ref divisions[entry], built, null);
        return divisions[entry]!;
    }

    Division BuildDivision(int entry)
    {
        int province = AncestorAt(entry, DivisionLevel.Province);
        int city = AncestorAt(entry, DivisionLevel.City);
        int county = AncestorAt(entry, DivisionLevel.County);
        string provinceName = names[province];
        // A municipality is its own city: 北京市 / 北京市 / 朝阳区, so that per-city tables include it.
        string? cityName = city >= 0 ? names[city] : IsMunicipalityCode(codes[province]) ? provinceName : null;
        return new Division(codes[entry].ToString(System.Globalization.CultureInfo.InvariantCulture), names[entry],
            (DivisionLevel)levels[entry], provinceName, cityName, county >= 0 ? names[county] : null);
    }
}
