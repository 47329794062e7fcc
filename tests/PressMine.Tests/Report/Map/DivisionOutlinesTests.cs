using PressMine.Report.Map;

namespace PressMine.Tests.Report.Map;

public class DivisionOutlinesTests
{
    static DivisionOutlines Bundled => DivisionOutlines.Default ?? throw new InvalidOperationException("corpus/geo outlines not shipped");

    [Theory]
    [InlineData("330212", "330200", "330000")] // 宁波市鄞州区 → 宁波
    [InlineData("330212001", "330200", "330000")] // a town of it
    [InlineData("429004", "429004", "420000")] // 仙桃, a county-level city directly under 湖北
    [InlineData("500230", "500000", "500000")] // 重庆 丰都县: the municipality as a whole
    [InlineData("110105", "110000", "110000")] // 北京 朝阳区
    [InlineData("330000", null, "330000")] // a province-level fact has no city
    public void A_division_code_finds_its_city_and_province(string code, string? city, string province)
    {
        Assert.Equal(city, Bundled.CityOf(code)?.Code);
        Assert.Equal(province, Bundled.ProvinceOf(code)?.Code);
    }

    [Fact]
    public void The_bundled_outlines_are_complete_small_and_closed()
    {
        Assert.Equal(34, Bundled.Provinces.Count);
        foreach (var file in new[] { DivisionOutlines.ProvincesFile, DivisionOutlines.CitiesFile })
            Assert.True(new FileInfo(CorpusLocator.DataFile(DivisionOutlines.Directory, file)!).Length < 700_000, $"{file} stays small");
        var cities = EChartsGeoDecoder.Decode(File.ReadAllText(CorpusLocator.DataFile(DivisionOutlines.Directory, DivisionOutlines.CitiesFile)!));
        Assert.True(cities.Count > 360);
        Assert.All(cities, c => Assert.NotNull(Bundled.ProvinceOf(c.Code)));
        Assert.All(cities.SelectMany(c => c.Polygons).SelectMany(p => p), r => Assert.Equal(r[0], r[^1]));
        Assert.Equal("杭州", Bundled.CityOf("330100")!.Name);
    }

    [Fact]
    public void Facts_are_counted_per_province_and_city_with_distinct_articles()
    {
        var maps = new MapCharts(Bundled, [new("330212", "a", 3), new("330281", "a", 2), new("330102", "b", 1), new("330000", "c", 4)]);
        var province = Assert.Single(maps.ByProvince());
        Assert.Equal(("330000", 10L, 3L), (province.Outline.Code, province.Facts, province.Articles));
        Assert.Equal([("330200", 5L, 1L), ("330100", 1L, 1L)], maps.ByCity().Select(c => (c.Outline.Code, c.Facts, c.Articles)));
        Assert.Equal(4, maps.FactsWithoutCity);
    }
}
