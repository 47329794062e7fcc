using PressMine.Extract;
using PressMine.Places;
using Xunit.Abstractions;

namespace PressMine.Tests.Places;

/// <summary>Tricky names resolved by <see cref="GazetteerPlaceResolver.FindPlace"/>; prints the accuracy.</summary>
public class PlaceResolutionTests(ITestOutputHelper output)
{
    static readonly GazetteerPlaceResolver Resolver = GazetteerPlaceResolver.CreateDefault();

    // clause, article locality code (or null), expected code (or null: no place should be found)
    static readonly (string Clause, string? Locality, string? Expected)[] Cases =
    [
        ("镇海区纪检监察干部下沉一线", "330200", "330211"),
        ("镇海纪检监察机关快速反应", "330200", "330211"),
        ("在宁海桃源街道海锦苑小区", "330200", "330226002"),
        ("督导组来到鼓楼区检查", "320100", "320106"),          // 南京
        ("督导组来到鼓楼区检查", "350100", "350102"),          // 福州
        ("徐州市鼓楼区抽查企业12家", null, "320302"),
        ("开封鼓楼区排查隐患", null, "410204"),
        ("鼓楼区开展督查", null, null),                        // four 鼓楼区, no context
        ("朝阳区多个街道开展检查", "110000", "110105"),          // 北京
        ("朝阳区多个街道开展检查", "220100", "220104"),          // 长春
        ("辽宁朝阳开展安全检查", null, "211300"),
        ("朝阳县排查隐患", null, "211321"),
        ("朝阳产业发展迅速", null, null),
        ("普陀区检查餐饮场所", "330900", "330903"),            // 舟山
        ("普陀区检查餐饮场所", "310000", "310107"),            // 上海
        ("普陀区检查餐饮场所", null, null),
        ("江北区督查组", "330200", "330205"),                  // 宁波
        ("江北区督查组", "500000", "500105"),                  // 重庆
        ("江北检查了30家企业", "330200", "330205"),
        ("江南地区气温回升", null, null),
        ("在中山路沿线检查店铺", "440100", null),
        ("沿上海路检查店铺", "320100", null),
        ("新区建设进展顺利", null, null),
        ("维护世界和平", "120000", null),                      // 天津 has a 和平区, but this is the word
        ("和平区抽查学校", "120000", "120101"),
        ("和平区抽查学校", "210100", "210102"),                // 沈阳
        ("城关镇开展督查", null, null),                        // hundreds of 城关镇
        ("城关镇开展督查", "620000", null),                    // a province is not enough for a town
        ("北京市东城区", null, "110101"),
        ("浦东新区检查工地", null, "310115"),
        ("重庆石柱土家族自治县开展督导", null, "500240"),
        ("石柱县开展督导", "500000", "500240"),
        ("鄂温克族自治旗开展检查", null, "150724"),
        ("鄂温克旗开展检查", null, "150724"),                  // short form + 旗
        ("前往鄂温克检查", "150700", "150724"),
        ("万源市督导组来到官渡镇", "511700", "511781109"),
        ("官渡镇场镇各卡点", "511781", "511781109"),
        ("诸城市规模以上企业全部复工", "370700", "370782"),
        ("济源市检查企业", null, "419001"),
        ("仙桃市开展督查", null, "429004"),
        ("东莞市长安镇检查", null, "441900119"),               // a town directly under a city
        ("襄樊市督导组", null, "420600"),
        ("吉林省检查组", null, "220000"),
        ("吉林市检查组", null, "220200"),
        ("省委督导组在吉林检查", null, "220000"),
        ("海南藏族自治州开展督查", null, "632500"),
        ("海南开展督查", null, "460000"),
        ("比如县开展督查", null, "540622"),
        ("比如说检查要深入", null, null),
        ("延边州检查组", null, "222400"),
        ("延长工作时间", null, null),
        ("南部县整改问题12个", null, "511321"),
        ("城市南部的道路", null, null),
    ];

    [Fact]
    public void Tricky_names_resolve_by_context()
    {
        var gazetteer = Gazetteer.Default;
        int correct = 0;
        var failures = new List<string>();
        foreach (var (clause, locality, expected) in Cases)
        {
            Division? context = locality is null ? null : gazetteer.ToDivision(gazetteer.IndexOf(locality));
            var got = Resolver.FindPlace(clause, context);
            if (got?.Code == expected) correct++;
            else failures.Add($"{clause} [{locality}] expected {expected}, got {got?.Code} {got?.FullName}");
        }
        output.WriteLine($"place resolution accuracy: {correct}/{Cases.Length} = {100.0 * correct / Cases.Length:F1}%");
        foreach (var failure in failures) output.WriteLine("  " + failure);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData(null, "中国宁波网", "330200")]
    [InlineData(null, "达州日报网", "511700")]
    [InlineData(null, "潍坊日报", "370700")]
    [InlineData(null, "温州日报", "330300")]
    [InlineData("news.cnnb.com.cn", null, "330200")]
    [InlineData("https://www.wzrb.com.cn/article/1.html", null, "330300")]
    [InlineData(null, "浙江在线", "330000")]
    [InlineData(null, "中山日报", "442000")]
    [InlineData(null, "光明日报", null)]
    [InlineData(null, "新华社", null)]
    [InlineData(null, "人民日报", null)]
    public void Sites_and_sources_map_to_their_division(string? site, string? source, string? code)
    {
        var sites = new SiteLocality(Gazetteer.Default);
        int entry = sites.Resolve(site, source);
        Assert.Equal(code, entry < 0 ? null : Gazetteer.Default.CodeOf(entry).ToString());
    }

    [Fact]
    public void Self_references_point_at_the_site_city()
    {
        var locality = Resolver.ResolveArticleLocality("市委督导组检查复工复产", "连日来，督导组深入我市各区县，全市共检查企业56家。", null, "温州日报");
        Assert.Equal("330300", locality?.Code);
    }

    [Fact]
    public void An_article_mostly_about_one_county_gets_that_county()
    {
        var body = "近日，市督导组赴平阳县开展疫情防控督查。在平阳县鳌江镇，督导组检查了3家企业。平阳县委相关负责人表示将立行立改。";
        var locality = Resolver.ResolveArticleLocality("督导组赴平阳检查", body, null, "温州日报");
        Assert.Equal("330326", locality?.Code);
    }

    [Fact]
    public void An_article_spread_over_several_counties_stays_at_the_city()
    {
        var body = "市领导分赴鹿城、龙湾、瓯海、乐清、瑞安等地督查。在瑞安，督导组抽查了5家超市；在乐清，检查了2个卡口。";
        var locality = Resolver.ResolveArticleLocality(null, body, null, "温州日报");
        Assert.Equal("330300", locality?.Code);
    }

    [Fact]
    public void Find_place_is_allocation_light()
    {
        var gazetteer = Gazetteer.Default;
        var ningbo = gazetteer.ToDivision(gazetteer.IndexOf(330200));
        const string clause = "镇海区纪检监察机关组成6个监督检查小组，深入商场超市开展监督检查";
        Resolver.FindPlace(clause, ningbo);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        const int runs = 20000;
        for (int i = 0; i < runs; i++) Resolver.FindPlace(clause, ningbo);
        watch.Stop();
        double bytesPerCall = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)runs;
        output.WriteLine($"FindPlace: {watch.Elapsed.TotalMicroseconds / runs:F2} µs and {bytesPerCall:F1} bytes per clause");
        Assert.True(bytesPerCall < 64, $"{bytesPerCall} bytes allocated per call");
    }
}
