namespace PressMine.Report.Map;

/// <summary>
/// The bundled outlines of provinces and prefecture cities (corpus/geo, see the README there), and how a fact's
/// division code finds its province and city among them: a county's own outline when it has one (省直辖县 such as
/// 仙桃 429004), else its city (code to four digits + 00), else a municipality as a whole (重庆 500230 → 500000).
/// </summary>
public sealed class DivisionOutlines
{
    internal const string Directory = "geo";
    internal const string ProvincesFile = "provinces.geojson";
    internal const string CitiesFile = "cities.geojson";

    static readonly Lazy<DivisionOutlines?> Bundled = new(LoadBundled);

    readonly Dictionary<string, DivisionOutline> provinces;
    readonly Dictionary<string, DivisionOutline> cities;

    /// <summary>Outlines of the caller's own; codes are six-digit division codes (province 110000, city 110100), one outline per code.</summary>
    public DivisionOutlines(IEnumerable<DivisionOutline> provinces, IEnumerable<DivisionOutline> cities)
    {
        this.provinces = provinces.ToDictionary(o => o.Code, StringComparer.Ordinal);
        this.cities = cities.ToDictionary(o => o.Code, StringComparer.Ordinal);
    }

    /// <summary>The shipped outlines, or null when corpus/geo is not found (the report then says the map is missing).</summary>
    public static DivisionOutlines? Default => Bundled.Value;

    internal IReadOnlyCollection<DivisionOutline> Provinces => provinces.Values;

    internal DivisionOutline? ProvinceOf(string divisionCode) =>
        divisionCode.Length >= 2 && provinces.TryGetValue(divisionCode[..2] + "0000", out var o) ? o : null;

    internal DivisionOutline? CityOf(string divisionCode)
    {
        if (divisionCode.Length < 6) return null;
        foreach (var candidate in new[] { divisionCode[..6], divisionCode[..4] + "00", divisionCode[..2] + "0000" })
            if (cities.TryGetValue(candidate, out var o)) return o;
        return null;
    }

    static DivisionOutlines? LoadBundled()
    {
        var provinces = CorpusLocator.DataFile(Directory, ProvincesFile);
        var cities = CorpusLocator.DataFile(Directory, CitiesFile);
        if (provinces is null || cities is null) return null;
        return new DivisionOutlines(EChartsGeoDecoder.Decode(File.ReadAllText(provinces)), EChartsGeoDecoder.Decode(File.ReadAllText(cities)));
    }
}
