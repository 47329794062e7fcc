using PressMine.Clean;

namespace PressMine.Tests.Clean;

public sealed class TextDumpClassifierTests
{
    [Theory]
    [InlineData("您当前的位置 : 甬江新闻网 \u00a0>\u00a0 新闻中心 \u00a0>\u00a0 区县", LineKind.Breadcrumb)]
    [InlineData("当前位置:首页>> 青溪 >> 社会 >>", LineKind.Breadcrumb)]
    [InlineData("稿源: 甬江新闻网 2023-04-01 10:00:00", LineKind.Meta)]
    [InlineData("编辑: 王芳纠错:12345@example.com", LineKind.Meta)]
    [InlineData("报料热线:88880000", LineKind.Furniture)]
    [InlineData("分享到:", LineKind.Furniture)]
    [InlineData("扫一扫,甬江新闻网装进手机", LineKind.Furniture)]
    [InlineData("甬江新闻网(某某传媒有限公司)版权所有(C)", LineKind.Furniture)]
    [InlineData("浙ICP备05012345号 浙公网安备 33020302000123号", LineKind.Furniture)]
    [InlineData("互联网新闻信息服务许可证:33120170099", LineKind.Furniture)]
    [InlineData("违法和不良信息举报电话:0574-80000000 举报邮箱:jb@example.com", LineKind.Furniture)]
    [InlineData("关于我们 | 联系我们 | 版权声明 | 网站地图", LineKind.Furniture)]
    [InlineData("城东街道开展垃圾分类宣传2024-08-19", LineKind.Furniture)]
    [InlineData("02-25 11-24", LineKind.Furniture)]
    [InlineData("-", LineKind.Furniture)]
    [InlineData("推荐阅读", LineKind.StopMarker)]
    [InlineData("相关新闻", LineKind.StopMarker)]
    [InlineData("督查组逐一核对进货台账，提醒经营户不得销售假冒伪劣农资。", LineKind.Body)]
    [InlineData("现场情况", LineKind.Short)]
    public void Lines_are_classified(string line, LineKind expected) => Assert.Equal(expected, LineClassifier.Classify(line));

    [Fact]
    public void Site_name_comes_from_breadcrumb_not_from_home()
    {
        Assert.Equal("甬江新闻网", BoilerplateRules.SiteFromBreadcrumb("您当前的位置 : 甬江新闻网 > 新闻中心"));
        Assert.Null(BoilerplateRules.SiteFromBreadcrumb("当前位置:首页>> 青溪 >> 社会"));
    }

    private const string Dump = """
        城西片区新建两座公园方便市民休闲
        您当前的位置 : 甬江新闻网 > 新闻中心 > 区县
        青溪镇开展安全生产大检查
        稿源: 甬江新闻网 2023-04-01 10:00:00报料热线:88880000

          甬江新闻网讯(记者王海燕)近日，青溪镇组织安监、消防等部门，对辖区企业开展安全生产大检查。

          检查组重点查看了危化品储存、特种设备运行和员工安全培训情况，发现隐患15处。

          对发现的隐患，检查组现场下发整改通知书，要求企业在一周内完成整改并上报。

        编辑: 王芳纠错:12345@example.com

        扫一扫,甬江新闻网装进手机

        甬江新闻网(某某传媒有限公司)版权所有(C)

        青溪镇开展安全生产大检查

        稿源: 甬江新闻网 2023-04-01 10:00:00

          甬江新闻网讯(记者王海燕)近日，青溪镇组织安监、消防等部门，对辖区企业开展安全生产大检查。

          检查组重点查看了危化品储存、特种设备运行和员工安全培训情况，发现隐患15处。

          对发现的隐患，检查组现场下发整改通知书，要求企业在一周内完成整改并上报。

        编辑: 王芳
        """;

    [Fact]
    public void Dump_with_print_copy_yields_one_body_and_metadata()
    {
        var page = new PageCleaner().Clean(Dump, true, "http://news.example.cn/system/2023/04/01/1.shtml").Page!;
        Assert.Equal("青溪镇开展安全生产大检查", page.Title);
        Assert.Equal("2023-04-01T10:00:00+08:00", page.PublishedAt);
        Assert.Equal("甬江新闻网", page.Source);
        Assert.Equal("王海燕", page.Author);
        Assert.Equal("王芳", page.Editor);
        Assert.Equal("甬江新闻网", page.Site);
        Assert.Equal(3, page.Paragraphs.Count);
        Assert.StartsWith("甬江新闻网讯", page.Paragraphs[0]);
    }

    [Fact]
    public void Dump_of_only_navigation_is_rejected()
    {
        var result = new PageCleaner().Clean("首页 | 新闻 | 视频 | 专题\n关于我们 | 联系我们\n版权所有", true, null);
        Assert.Equal("no article body found: page holds only navigation/links", result.RejectReason);
    }

    [Fact]
    public void Dump_that_is_too_short_is_rejected()
    {
        var result = new PageCleaner().Clean("标题一行\n今天天气晴朗。", true, null);
        Assert.StartsWith("too short", result.RejectReason);
    }
}

public sealed class ParagraphDeduplicatorTests
{
    private const string A = "督查组深入各乡镇街道，检查疫情防控措施落实情况，发现问题及时反馈。";
    private const string B = "对于发现的问题，督查组建立台账，明确责任人和整改时限，逐项销号。";

    [Fact]
    public void Exact_and_whitespace_variants_are_removed()
        => Assert.Equal([A, B], ParagraphDeduplicator.Deduplicate([A, B, A, " " + B.Replace("，", " ， ")]));

    [Fact]
    public void Near_duplicate_with_one_changed_character_is_removed()
        => Assert.Equal([A], ParagraphDeduplicator.Deduplicate([A, A.Replace("乡镇", "镇乡")]));

    [Fact]
    public void Short_line_repeated_inside_the_body_is_kept()
        => Assert.Equal(["小标题", A, "小标题", B], ParagraphDeduplicator.Deduplicate(["小标题", A, "小标题", B]));

    [Fact]
    public void Short_line_of_a_repeated_copy_is_removed()
        => Assert.Equal(["小标题", A, B], ParagraphDeduplicator.Deduplicate(["小标题", A, B, "小标题", A, B]));
}
