using PressMine.Clean;
using PressMine.Records;

namespace PressMine.Tests.Clean;

public sealed class HtmlCleanerTests
{
    private static CleanedPage Accept(string html, string? url = null)
    {
        var result = new PageCleaner().Clean(html, isTextDump: false, url);
        Assert.True(result.Page is not null, result.RejectReason);
        return result.Page!;
    }

    private static void AssertNoFurniture(CleanedPage page)
    {
        foreach (var p in page.Paragraphs)
            Assert.DoesNotMatch(@"版权|ICP|分享到|推荐阅读|相关新闻|责任编辑|编辑：|来源：|当前的位置|当前位置|关于我们|打印|\d{4}-\d\d-\d\d$", p);
        Assert.Equal(page.Paragraphs.Count, page.Paragraphs.Distinct().Count(p => p.Length >= 20) + page.Paragraphs.Count(p => p.Length < 20));
    }

    [Fact]
    public void Standard_article_page()
    {
        var page = Accept(HtmlFixtures.Standard);
        Assert.Equal("江北区开展夏季消防安全督查", page.Title);
        Assert.Equal("2024-07-02T09:15:30+08:00", page.PublishedAt);
        Assert.Equal("甬江新闻网", page.Source);
        Assert.Equal("林晓雯", page.Editor);
        Assert.Equal("周文涛", page.Author);
        Assert.Equal("甬江新闻网", page.Site);
        Assert.Equal(4, page.Paragraphs.Count);
        Assert.StartsWith("甬江新闻网讯", page.Paragraphs[0]);
        AssertNoFurniture(page);
    }

    [Fact]
    public void Table_layout_with_br_paragraphs()
    {
        var page = Accept(HtmlFixtures.TableLayout, "http://www.ylrb.example.cn/xw/2023/0618/77.html");
        Assert.Equal("山区乡镇防汛隐患排查见实效", page.Title);
        Assert.Equal("2023-06-18T16:40:00+08:00", page.PublishedAt);
        Assert.Equal("云岭日报", page.Source);
        Assert.Equal("杨建华", page.Author);
        Assert.Equal("赵丽", page.Editor);
        Assert.Equal(3, page.Paragraphs.Count);
        Assert.All(page.Paragraphs, p => Assert.False(p.StartsWith('\u3000'), p));
        AssertNoFurniture(page);
    }

    [Fact]
    public void Json_ld_date_and_og_tags()
    {
        var page = Accept(HtmlFixtures.JsonLd);
        Assert.Equal("河畔社区推行“网格+志愿”服务模式", page.Title);
        Assert.Equal("2022-05-10T10:30:00+08:00", page.PublishedAt);
        Assert.Equal("湖州在线", page.Site);
        Assert.Equal("沈佳", page.Author);
        Assert.Equal(3, page.Paragraphs.Count);
        Assert.DoesNotContain(page.Paragraphs, p => p.Contains("不是正文") || p.Contains("垃圾分类"));
    }

    [Fact]
    public void Print_copy_is_removed_but_repeated_subheading_kept()
    {
        var page = Accept(HtmlFixtures.PrintCopy);
        Assert.Equal("2021-03-05", page.PublishedAt);
        Assert.Equal(5, page.Paragraphs.Count);
        Assert.Equal(2, page.Paragraphs.Count(p => p == "现场情况"));
        Assert.Single(page.Paragraphs, p => p.StartsWith("县农业农村局组成"));
    }

    [Fact]
    public void Malformed_html_still_yields_the_body()
    {
        var page = Accept(HtmlFixtures.Malformed);
        Assert.Equal(3, page.Paragraphs.Count);
        Assert.Equal("2019-11-08", page.PublishedAt);
        Assert.StartsWith("11月7日", page.Paragraphs[0]);
    }

    [Fact]
    public void List_page_is_rejected()
    {
        var result = new PageCleaner().Clean(HtmlFixtures.ListPage(), false, null);
        Assert.Null(result.Page);
        Assert.StartsWith("list/index page", result.RejectReason);
    }

    [Fact]
    public void Script_only_page_is_rejected()
    {
        var result = new PageCleaner().Clean(HtmlFixtures.OnlyScripts, false, null);
        Assert.Equal("page holds only scripts: no visible text", result.RejectReason);
    }

    [Fact]
    public void Navigation_only_page_is_rejected()
    {
        var result = new PageCleaner().Clean(HtmlFixtures.NavigationOnly, false, null);
        Assert.Equal("no article body found: page holds only navigation/links", result.RejectReason);
    }

    [Fact]
    public void Huge_page_is_bounded()
    {
        var filler = string.Concat(Enumerable.Repeat("<div class=\"x\"><a href=\"/l\">链接文字</a><span>一些装饰文本</span></div>\n", 300_000));
        var html = HtmlFixtures.Standard.Replace("<body>", "<body>" + filler.Substring(0, 1000)) + filler;
        Assert.True(html.Length > 20_000_000 / 2);
        var result = new PageCleaner().Clean(html, false, null);
        Assert.True(result.Page is not null, result.RejectReason);
        Assert.True(result.IsTruncated, "only the first part of a page over the cap is cleaned");
        Assert.Equal("江北区开展夏季消防安全督查", result.Page!.Title);
    }

    [Fact]
    public void Garbage_text_is_rejected_not_crashing()
    {
        var random = new Random(7);
        var junk = new string(Enumerable.Range(0, 50_000).Select(_ => (char)random.Next(0x21, 0x2FFF)).ToArray());
        var html = new PageCleaner().Clean(junk, false, null);
        var dump = new PageCleaner().Clean(junk, true, null);
        Assert.Null(html.Page);
        Assert.Null(dump.Page);
        Assert.Equal("no article body found: page holds only navigation/links", html.RejectReason);
        Assert.Equal(html.RejectReason, dump.RejectReason);
    }
}
