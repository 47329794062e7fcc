using PressMine.Clean;

namespace PressMine.Tests.Clean;

/// <summary>
/// One test per failure class the held-out evaluation found in the Clean stage: site-name title prefixes, toolbar
/// rows taken for titles or glued onto values, trailing junk in sources, labels glued onto author names, and
/// editors credited in brackets at the end of the body. All text here is invented for the tests.
/// </summary>
public sealed class HeldOutFailureClassTests
{
    [Theory]
    [InlineData("澧县新闻网-澧县启动秋冬季森林防火专项行动", "澧县启动秋冬季森林防火专项行动")]
    [InlineData("南县日报｜南县完成早稻收割八成以上", "南县完成早稻收割八成以上")]
    [InlineData("安乡县融媒体中心：安乡县开展河湖清四乱行动", "安乡县开展河湖清四乱行动")]
    [InlineData("石门新闻网_石门县柑橘产业现场会召开 - 石门新闻网", "石门县柑橘产业现场会召开")]
    [InlineData("【津市新闻网】津市市启动城区燃气管网改造", "津市市启动城区燃气管网改造")]
    [InlineData("【专题】津市市启动城区燃气管网改造", "【专题】津市市启动城区燃气管网改造")]
    // A place name before a colon is a headline form, and 2-character words (喜报, 快报) are no site names.
    [InlineData("临澧县：全力抓好安全生产各项工作", "临澧县：全力抓好安全生产各项工作")]
    [InlineData("喜报：我县三所学校获评省级文明校园", "喜报：我县三所学校获评省级文明校园")]
    [InlineData("2023-2024学年秋季学期开学安全检查通报", "2023-2024学年秋季学期开学安全检查通报")]
    [InlineData("安全生产情况通报：三季度全县未发生较大事故", "安全生产情况通报：三季度全县未发生较大事故")]
    public void Site_name_prefixes_are_stripped_from_titles(string title, string expected)
        => Assert.Equal(expected, TitleCleaner.Clean(title));

    [Fact]
    public void A_prefixed_h1_gives_the_bare_headline()
    {
        const string html = """
            <html><head><title>澧县新闻网-澧县启动秋冬季森林防火专项行动</title></head><body>
            <div class="article"><h1>澧县新闻网-澧县启动秋冬季森林防火专项行动</h1>
            <div class="info">时间：2023-10-09 08:10 来源：澧县新闻网</div>
            <p>进入秋冬季后，澧县林业局组织各乡镇对重点林区开展森林防火巡查，清理林下可燃物，并在进山路口设置检查卡点。</p>
            <p>巡查人员向进山群众宣传野外用火禁令，对在林区边缘焚烧秸秆的行为当场制止，并登记备案以便后续回访。</p>
            </div></body></html>
            """;
        var page = HtmlCleaner.Clean(html, null).Page!;
        Assert.Equal("澧县启动秋冬季森林防火专项行动", page.Title);
    }

    [Theory]
    [InlineData("【字体：大 中 小】")]
    [InlineData("【打印本页】【关闭窗口】")]
    [InlineData("[收藏] [打印] [关闭]")]
    [InlineData("打印此页 关闭本页")]
    public void Toolbar_rows_are_furniture(string line)
        => Assert.Equal(LineKind.Furniture, LineClassifier.Classify(line));

    [Fact]
    public void A_toolbar_line_next_to_the_byline_is_not_the_title_of_a_dump()
    {
        var dump = string.Join('\n',
            "当前位置：首页 > 信息公开 > 部门动态",
            "汉寿县开展城区违规占道经营整治",
            "时间：2023-03-02 09:00  【来源：县城管局】【字体：大 中 小】【打印本页】",
            "【字体：大 中 小】",
            "为改善城区市容环境，汉寿县城市管理和综合执法局组织执法队员，对城区主次干道的占道经营行为开展集中整治。",
            "执法队员对流动摊贩进行劝导，引导其进入便民疏导点经营，对屡劝不改的依法暂扣经营工具。",
            "【打印本页】【关闭窗口】");
        var page = TextDumpCleaner.Clean(dump, null).Page!;
        Assert.Equal("汉寿县开展城区违规占道经营整治", page.Title);
        Assert.Equal("县城管局", page.Source);
        Assert.Equal(2, page.Paragraphs.Count);
    }

    [Theory]
    [InlineData("时间：2023-06-12 09:30 来源：澧县新闻网 发布： 作者：覃晓燕", "澧县新闻网")]
    [InlineData("来源：县市场监管局】【字体：大 中 小】【打印本页】", "县市场监管局")]
    [InlineData("发布机构：临澧县应急管理局", "临澧县应急管理局")]
    [InlineData("2023-07-21 16:02:11 华容县融媒体中心 浏览：", "华容县融媒体中心")]
    [InlineData("发布时间：2023-07-21 16:02 石门新闻网 点击：", "石门新闻网")]
    [InlineData("来源：澧县新闻网发布： 2023-06-12", "澧县新闻网")]
    [InlineData("来源：江西发布 2023-06-12", "江西发布")]
    public void Sources_lose_trailing_labels_and_toolbars(string line, string expected)
    {
        Assert.True(MetadataLines.IsMetaLine(line));
        Assert.Equal(expected, MetadataLines.Parse(line).Source);
    }

    [Fact]
    public void An_unlabelled_name_after_a_name_label_is_not_a_source()
        => Assert.Null(MetadataLines.Parse("作者：石门新闻网 2023-07-21").Source);

    [Theory]
    [InlineData("作者：覃晓燕 浏览", "覃晓燕")]
    [InlineData("作者：覃晓燕 浏览次数", "覃晓燕")]
    [InlineData("记者 覃晓燕 龚伟 点击 1024 次", "覃晓燕 龚伟")]
    [InlineData("作者：覃晓燕浏览", "覃晓燕")]
    public void Counter_words_after_an_author_are_not_names(string line, string expected)
        => Assert.Equal(expected, string.Join(' ', MetadataLines.Parse(line).Authors));

    [Fact]
    public void A_table_cell_label_joins_its_value_cell_for_the_source()
    {
        const string html = """
            <html><head><title>临澧县排查汛期地质灾害隐患点</title></head><body>
            <table><tr><td>索引号：</td><td>4307240001/2023-00412</td><td>分类：</td><td>应急管理</td></tr>
            <tr><td>发布机构：</td><td>临澧县应急管理局</td><td>文号：</td><td></td></tr>
            <tr><td>主题词：</td><td>地质灾害</td><td>有效性：</td><td>有效</td></tr>
            <tr><td>公开方式：</td><td>主动公开</td><td>公开范围：</td><td>全部</td></tr></table>
            <h1>临澧县排查汛期地质灾害隐患点</h1><div>日期：2023-05-16</div>
            <div class="content"><p>入汛以来，临澧县应急管理局会同自然资源部门，对全县地质灾害隐患点逐一开展排查，核对监测员在岗情况。</p>
            <p>工作组向隐患点周边群众发放避险明白卡，明确撤离路线和临时安置点，确保险情发生时群众能够及时转移。</p></div>
            </body></html>
            """;
        var page = HtmlCleaner.Clean(html, null).Page!;
        Assert.Equal("临澧县应急管理局", page.Source);
    }

    [Fact]
    public void A_dumped_table_puts_label_and_value_on_one_line()
    {
        var dump = string.Join('\n',
            "发布机构：", "临澧县应急管理局", "生成日期：", "2023-05-16",
            "临澧县排查汛期地质灾害隐患点",
            "入汛以来，临澧县应急管理局会同自然资源部门，对全县地质灾害隐患点逐一开展排查，核对监测员在岗情况。",
            "工作组向隐患点周边群众发放避险明白卡，明确撤离路线和临时安置点，确保险情发生时群众能够及时转移。");
        var page = TextDumpCleaner.Clean(dump, null).Page!;
        Assert.Equal("临澧县应急管理局", page.Source);
        Assert.Equal("2023-05-16", page.PublishedAt);
        Assert.Equal("临澧县排查汛期地质灾害隐患点", page.Title);
    }

    [Fact]
    public void A_bracketed_credit_line_gives_author_and_editor_and_leaves_the_body()
    {
        var (body, credit) = TrailingCredits.Split(["第一段正文内容较长，讲述了检查的经过和结果。", "（通讯员 龚伟 编审：覃晓燕）"]);
        Assert.Single(body);
        var fields = MetadataLines.Parse(credit!);
        Assert.Equal(["龚伟"], fields.Authors);
        Assert.Equal(["覃晓燕"], fields.Editors);
        Assert.True(TrailingCredits.IsCreditLine("（通讯员 龚伟 编审：覃晓燕）"));
    }

    [Fact]
    public void A_credit_appended_to_the_last_paragraph_is_cut_off_it()
    {
        var (body, credit) = TrailingCredits.Split(["下一步将持续开展常态化巡查，巩固整治成果。（澧县融媒体中心 编辑：龚伟）"]);
        Assert.Equal(["下一步将持续开展常态化巡查，巩固整治成果。"], body);
        Assert.Equal(["龚伟"], MetadataLines.Parse(credit!).Editors);
    }

    [Fact]
    public void A_closing_bracket_without_a_byline_stays_in_the_body()
    {
        var paragraphs = new[] { "全年共完成造林面积1.2万亩（含退化林修复）" };
        var (body, credit) = TrailingCredits.Split(paragraphs);
        Assert.Equal(paragraphs, body);
        Assert.Null(credit);
    }

    [Theory]
    [InlineData("编审：覃晓燕")]
    [InlineData("（责任编辑 覃晓燕）")]
    [InlineData("（石门县融媒体中心 编辑：覃晓燕 审核：龚伟）")]
    public void Editors_under_编审_or_in_brackets_are_read(string line)
    {
        Assert.True(MetadataLines.IsMetaLine(line));
        Assert.Equal(["覃晓燕"], MetadataLines.Parse(line).Editors);
    }
}
