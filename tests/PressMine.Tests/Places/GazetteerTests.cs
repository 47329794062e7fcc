using PressMine.Extract;
using PressMine.Places;
using Xunit.Abstractions;

namespace PressMine.Tests.Places;

public class GazetteerTests(ITestOutputHelper output)
{
    static Gazetteer G => Gazetteer.Default;

    [Fact]
    public void Loads_from_the_output_folder_with_every_level()
    {
        var fresh = Gazetteer.Load(Gazetteer.DefaultDirectory);
        output.WriteLine($"gazetteer: {fresh.Count} divisions");
        Assert.True(fresh.Count > 40000, $"only {fresh.Count} divisions");
        Assert.Equal(DivisionLevel.Town, fresh.LevelOf(fresh.IndexOf(330211001)));
    }

    [Theory]
    [InlineData("浙江", "330000")]
    [InlineData("宁波", "330200")]
    [InlineData("镇海", "330211")]
    [InlineData("宁海", "330226")]
    [InlineData("万源", "511781")]
    [InlineData("鄂温克", "150724")]
    [InlineData("内蒙古", "150000")]
    [InlineData("广西", "450000")]
    [InlineData("延边", "222400")]
    [InlineData("积石山", "622927")]
    [InlineData("神农架", "429021")]
    [InlineData("浦东", "310115")]
    [InlineData("清新", "441803")]
    [InlineData("准格尔", "150622")]
    public void Short_forms_name_their_division(string shortForm, string code)
    {
        var name = G.Lookup(shortForm);
        Assert.NotNull(name);
        Assert.Contains(name.Owners, o => o.Kind == NameKind.Short && G.CodeOf(o.Entry).ToString() == code);
    }

    [Theory]
    [InlineData("市辖区")]
    [InlineData("省直辖县级行政区划")]
    [InlineData("县")]
    [InlineData("镇")]       // one-character short forms are not indexed
    [InlineData("土默特左")] // banners with a direction keep 旗
    public void Placeholders_and_one_character_forms_are_not_names(string text) => Assert.Null(G.Lookup(text));

    [Fact]
    public void Municipal_districts_hang_on_the_municipality_which_is_also_their_city()
    {
        var chaoyang = G.ToDivision(G.IndexOf(110105));
        Assert.Equal(("北京市", "北京市", "朝阳区"), (chaoyang.Province, chaoyang.City, chaoyang.County));
        Assert.Equal("北京市朝阳区", chaoyang.FullName);
        Assert.Equal(G.IndexOf(110000), G.ParentOf(G.IndexOf(110105)));
        Assert.Equal(G.IndexOf(500000), G.ParentOf(G.IndexOf(500240))); // 石柱 was under the 县 placeholder
    }

    [Fact]
    public void Province_governed_county_level_cities_have_no_city()
    {
        var jiyuan = G.ToDivision(G.IndexOf(419001));
        Assert.Equal(("河南省", null, "济源市"), (jiyuan.Province, jiyuan.City, jiyuan.County));
        var xiantao = G.ToDivision(G.IndexOf(429004));
        Assert.Equal("湖北省仙桃市", xiantao.FullName);
    }

    [Fact]
    public void Towns_of_cities_without_counties_hang_on_the_city()
    {
        var dongcheng = G.Lookup("东城街道")!.Owners.Select(o => o.Entry).First(e => G.CodeOf(e) == 441900003);
        Assert.Equal(G.IndexOf(441900), G.ParentOf(dongcheng));
        var town = G.ToDivision(dongcheng);
        Assert.Equal(("广东省", "东莞市", null), (town.Province, town.City, town.County));
    }

    [Fact]
    public void Former_names_point_at_the_current_division()
    {
        Assert.Contains(G.Lookup("襄樊")!.Owners, o => o.Kind == NameKind.Former && G.CodeOf(o.Entry) == 420600);
        Assert.Contains(G.Lookup("思茅市")!.Owners, o => G.CodeOf(o.Entry) == 530800);
        Assert.Contains(G.Lookup("思茅")!.Owners, o => G.CodeOf(o.Entry) == 530802); // the district keeps the name
    }

    [Fact]
    public void Seed_codes_are_present_with_their_parents()
    {
        Assert.Equal("四川省达州市万源市", G.ToDivision(G.IndexOf(511781)).FullName);
        Assert.Equal("浙江省宁波市镇海区", G.ToDivision(G.IndexOf(330211)).FullName);
        Assert.Equal("山东省潍坊市诸城市", G.ToDivision(G.IndexOf(370782)).FullName);
    }
}
