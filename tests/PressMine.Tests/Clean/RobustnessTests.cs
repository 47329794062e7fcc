using PressMine.Clean;
using PressMine.Decode;

namespace PressMine.Tests.Clean;

public sealed class RobustnessTests
{
    const string Para = "城南街道组织网格员逐户走访辖区内的老旧小区，登记楼道堆物和电动车入户充电等安全隐患，并督促物业限期清理。";

    const string Para2 = "街道还邀请消防站教员走进社区，为居民讲解灭火器的使用方法，并现场演示了油锅起火的正确处置办法。";

    static string Article(string extra) =>
        $"<html><head><title>城南街道走访老旧小区排查隐患 - 东江网</title></head><body><h1>城南街道走访老旧小区排查隐患</h1><div class=\"content\"><p>{Para}</p><p>{Para2}</p></div>{extra}</body></html>";

    [Fact]
    public void A_page_over_the_cap_is_cleaned_from_its_first_part_and_says_so()
    {
        var filler = string.Concat(Enumerable.Repeat("<div class=\"x\"><span>装饰文本</span></div>\n", 200_000));
        var html = Article(filler);
        Assert.True(html.Length > PageCleaner.MaxInputChars);
        var result = new PageCleaner().Clean(html, false, null);
        Assert.True(result.Page is not null, result.RejectReason);
        Assert.True(result.IsTruncated);
        Assert.Contains($"first {PageCleaner.MaxInputChars:N0}", result.Note);
        Assert.Equal(2, result.Page!.Paragraphs.Count);
    }

    [Fact]
    public void A_page_under_the_cap_carries_no_note()
        => Assert.Null(new PageCleaner().Clean(Article(""), false, null).Note);

    [Fact]
    public void An_article_beyond_the_cap_is_rejected_with_the_cut_in_the_reason()
    {
        var filler = string.Concat(Enumerable.Repeat("<div><a href=\"/x\">导航链接</a></div>\n", 150_000));
        var result = new PageCleaner().Clean("<html><body>" + filler + Article(""), false, null);
        Assert.Null(result.Page);
        Assert.Contains("cleaned from its first", result.RejectReason);
    }

    [Fact]
    public void A_20_MB_page_is_cleaned_from_its_first_part()
    {
        var filler = string.Concat(Enumerable.Repeat("<div class=\"row\"><a href=\"/l\">链接文字</a><span>一些装饰文本</span></div>\n", 400_000));
        var bytes = System.Text.Encoding.UTF8.GetBytes(Article(filler));
        Assert.True(bytes.Length > 20_000_000);
        var decoded = CharsetDecoder.Decode(bytes, null, true, out _)!;
        var result = new PageCleaner().Clean(decoded.Text, false, null);
        Assert.True(result.Page is not null, result.RejectReason);
        Assert.True(result.IsTruncated, "only the first part of a page over the cap is cleaned");
        Assert.Contains(Para, result.Page!.Body);
    }

    [Fact]
    public void Binary_bytes_named_html_are_rejected_with_a_reason()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        Assert.Null(CharsetDecoder.Decode(png, "text/html", true, out var reason));
        Assert.Equal("binary content (PNG image)", reason);
        var random = new byte[4096];
        new Random(3).NextBytes(random);
        Assert.Null(CharsetDecoder.Decode(random, null, true, out var why));
        Assert.StartsWith("binary content", why);
    }

    [Theory]
    [InlineData("<html><body><div><p>未闭合<div><table><tr><td>")]
    [InlineData("<<<>>><p></div></span></html><html><body>")]
    [InlineData("<script>var a='</div>';</script><script>document.write('x')</script>")]
    public void Broken_or_script_only_markup_is_rejected_in_words(string html)
    {
        var result = new PageCleaner().Clean(html, false, null);
        Assert.Null(result.Page);
        Assert.False(string.IsNullOrWhiteSpace(result.RejectReason));
    }

    [Fact]
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        // 5,000 levels: 50,000 levels also completes, but takes about a minute (see the Clean report).
        var html = Article(string.Concat(Enumerable.Repeat("<div>", 5_000)) + "深层文本" + string.Concat(Enumerable.Repeat("</div>", 5_000)));
        // The default page budget rejects this depth before parsing; raised here to reach the cleaner's own traversal.
        var result = new PageCleaner(new PageBudget { MaxDepth = 10_000 }).Clean(html, false, null);
        Assert.True(result.Page is not null, result.RejectReason);
        Assert.Contains(Para, result.Page!.Body);
    }
}
