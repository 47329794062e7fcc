using PressMine.Clean;

namespace PressMine.Tests.Clean;

public sealed class MetadataAndDateTests
{
    [Theory]
    [InlineData("2020-02-19 08:44:05", "2020-02-19T08:44:05+08:00")]
    [InlineData("2020年2月19日", "2020-02-19")]
    [InlineData("2020年02月19日 08:44", "2020-02-19T08:44:00+08:00")]
    [InlineData("更新:2020-02-15 11:11:19       来源: 达州日报网", "2020-02-15T11:11:19+08:00")]
    [InlineData("发布时间：2021/12/16 07:06", "2021-12-16T07:06:00+08:00")]
    [InlineData("2020-02-19T00:44:05Z", "2020-02-19T08:44:05+08:00")]
    [InlineData("2020-02-19T08:44:05+08:00", "2020-02-19T08:44:05+08:00")]
    [InlineData("2020-02-30 08:00", null)]
    [InlineData("发布时间：２０２１-０７-１４ ０８:０５", "2021-07-14T08:05:00+08:00")] // full-width digits, as some pages print them
    [InlineData("2021-07-14 08:0３", "2021-07-14T08:03:00+08:00")] // found by the fuzzer: a full-width digit threw
    [InlineData("2021-12-06T09:00:00+18:00", "2021-12-06T09:00:00+08:00")] // found by the fuzzer: an offset past ±14 h threw
    [InlineData("2021-12-06T09:00:00+0860", "2021-12-06T09:00:00+08:00")]
    [InlineData("电话 0574-81850000", null)]
    public void Dates_are_normalised(string text, string? expected)
        => Assert.Equal(expected, PublishTimeParser.FindInText(text));

    [Theory]
    [InlineData("http://news.cnnb.com.cn/system/2020/02/19/030124207.shtml", "2020-02-19")]
    [InlineData("http://www.example.gov.cn/art/2020-02/19/content_1.html", "2020-02-19")]
    [InlineData("http://www.example.gov.cn/xwzx/202002/t20200219_123.html", "2020-02-19")]
    [InlineData("http://www.example.cn/news/123456.html", null)]
    public void Dates_are_read_from_urls(string url, string? expected)
        => Assert.Equal(expected, PublishTimeParser.FromUrl(url));

    [Fact]
    public void Source_and_date_line()
    {
        var f = MetadataLines.Parse("稿源: 中国宁波网   2020-02-19 08:44:05报料热线:81850000");
        Assert.Equal("中国宁波网", f.Source);
        Assert.Equal("2020-02-19T08:44:05+08:00", f.PublishedAt);
    }

    [Fact]
    public void Date_source_author_line()
    {
        var f = MetadataLines.Parse("2020-02-27 11:02:13 来源: 潍坊日报 作者: 纪哲");
        Assert.Equal("潍坊日报", f.Source);
        Assert.Equal(["纪哲"], f.Authors);
        Assert.True(MetadataLines.IsMetaLine("2020-02-27 11:02:13 来源: 潍坊日报 作者: 纪哲"));
    }

    [Theory]
    [InlineData("编辑: 杜寅纠错:171964650@qq.com", "杜寅")]
    [InlineData("作者:    编辑:尹可", "尹可")]
    [InlineData("责任编辑：王小明", "王小明")]
    public void Editor_lines(string line, string editor)
    {
        Assert.True(MetadataLines.IsMetaLine(line));
        Assert.Equal([editor], MetadataLines.Parse(line).Editors);
    }

    [Theory]
    [InlineData("记者 董小芳 通讯员 陈昌峰", new[] { "董小芳", "陈昌峰" })]
    [InlineData("作者:马发海", new[] { "马发海" })]
    [InlineData("温州日报全媒体记者:林明 郑序", new[] { "林明", "郑序" })]
    public void Author_lines(string line, string[] authors)
    {
        Assert.True(MetadataLines.IsMetaLine(line));
        Assert.Equal(authors, MetadataLines.Parse(line).Authors);
    }

    [Fact]
    public void Reporter_in_lead()
        => Assert.Equal(["张明远"], MetadataLines.ReportersInLead("甬城网讯(记者张明远)昨日上午，市督查组来到江北区。"));

    [Theory]
    [InlineData("记者从市司法局获悉，为充分发挥司法行政职能作用，市公证协会成立服务团。")]
    [InlineData("2月15日14时，在宁海桃源街道海锦苑小区，督导组突袭检查。")]
    public void Prose_is_not_metadata(string line) => Assert.False(MetadataLines.IsMetaLine(line));

    [Theory]
    [InlineData("新闻标题 - 中国宁波网", "新闻标题")]
    [InlineData("市督查组赴基层检查防疫工作_新闻中心_达州日报网", "市督查组赴基层检查防疫工作")]
    [InlineData("市督查组赴基层检查防疫工作", "市督查组赴基层检查防疫工作")]
    public void Title_suffixes_are_stripped(string raw, string expected) => Assert.Equal(expected, TitleCleaner.Clean(raw));
}
