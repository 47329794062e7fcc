using PressMine.Clean;

namespace PressMine.Tests.Clean;

public sealed class HardLayoutTests
{
    const string P1 = "桥头镇组织安监人员对辖区内的十二家小型加工厂开展夏季用电安全检查，重点查看线路老化和私拉乱接情况。";
    const string P2 = "对检查中发现的问题，镇安监办逐一登记造册，要求企业在一周内完成整改，并将组织人员上门复查。";

    static Records.CleanedPage Cleaned(string html)
    {
        var result = HtmlCleaner.Clean(html, null);
        Assert.True(result.Page is not null, result.RejectReason);
        return result.Page!;
    }

    [Theory]
    [InlineData("Source: 东江日报 Author: 林可", "东江日报", "林可", null)]
    [InlineData("來源：東江時報　責任編輯：鄭怡", "東江時報", null, "鄭怡")]
    [InlineData("Editor: 韩露", null, null, "韩露")]
    public void English_and_traditional_labels_are_read(string line, string? source, string? author, string? editor)
    {
        Assert.Equal(LineKind.Meta, LineClassifier.Classify(line));
        var f = MetadataLines.Parse(line);
        Assert.Equal(source, f.Source);
        Assert.Equal(author, f.Authors.FirstOrDefault());
        Assert.Equal(editor, f.Editors.FirstOrDefault());
    }

    [Fact]
    public void An_outlet_next_to_a_date_is_the_source_but_a_headline_is_not()
    {
        Assert.Equal("东江晚报", MetadataLines.Parse("东江晚报 2023-06-05 07:45").Source);
        Assert.Null(MetadataLines.Parse("桥头镇开展用电安全检查 2023-06-05").Source);
    }

    [Fact]
    public void Body_split_into_sibling_divs_is_kept_whole_and_table_label_cells_are_joined()
    {
        var html = $"""
            <html><head><title>桥头镇检查小型加工厂用电安全 - 东江网</title><link rel="canonical" href="http://x.example.cn/2022/07/08/a.html"></head><body>
            <div class="wrap"><h1>桥头镇检查小型加工厂用电安全</h1>
            <table><tr><td>作者：</td><td>林可</td></tr></table>
            <div class="para"><p>{P1}</p></div><div class="ad"><a href="/ad">广告</a></div><div class="para"><p>{P2}</p></div>
            <div class="side"><a href="/1">东江新区举办招聘会</a></div></div></body></html>
            """;
        var page = Cleaned(html);
        Assert.Equal([P1, P2], page.Paragraphs);
        Assert.Equal("林可", page.Author);
        Assert.Equal("2022-07-08", page.PublishedAt);
    }

    [Fact]
    public void A_title_tag_holding_only_the_site_name_gives_way_to_the_heading()
    {
        var html = $"<html><head><title>东江新闻网</title></head><body><div class=\"logo\">东江新闻网</div><div class=\"news-title\">桥头镇检查小型加工厂用电安全</div><div class=\"text\"><p>{P1}</p><p>{P2}</p></div></body></html>";
        Assert.Equal("桥头镇检查小型加工厂用电安全", Cleaned(html).Title);
    }
}
