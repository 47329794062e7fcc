using System.Text;
using PressMine.Decode;

namespace PressMine.Tests.Clean;

public sealed class CharsetDecoderTests
{
    private const string Chinese = "市委督导组深入基层一线，发现问题四十件，督促整改二十五件。镕𠮷䶮";
    private static readonly string LongChinese = string.Concat(Enumerable.Repeat("督查组连日来深入各乡镇街道，检查疫情防控措施落实情况，发现问题及时反馈整改。", 12));

    static CharsetDecoderTests() => CharsetLabels.EnsureRegistered();

    private static byte[] Gb18030(string s) => Encoding.GetEncoding("gb18030").GetBytes(s);

    [Fact]
    public void Gb2312_profile_tells_gbk_prose_from_big5_and_from_too_little_text()
    {
        Assert.True(CharsetDecoder.LooksLikeGb2312Text(Gb18030(LongChinese)));
        Assert.False(CharsetDecoder.LooksLikeGb2312Text(Encoding.GetEncoding("big5").GetBytes(LongChinese)));
        Assert.False(CharsetDecoder.LooksLikeGb2312Text(Gb18030("督查组")));
        var decoded = CharsetDecoder.Decode(Gb18030("<html><body><p>" + LongChinese + "</p></body></html>"), null, true, out _);
        Assert.Equal("gb2312-profile", decoded!.DecidedBy);
        Assert.Contains("督查组连日来", decoded.Text);
    }

    [Fact]
    public void Gbk_page_with_meta_gb2312_is_widened_to_gb18030()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>{Chinese}</p></body></html>";
        var page = CharsetDecoder.Decode(Gb18030(html), null, isHtml: true, out var reason);
        Assert.Null(reason);
        Assert.Equal("gb18030", page!.Encoding);
        Assert.Equal("meta", page.DecidedBy);
        Assert.Contains(Chinese, page.Text);
    }

    [Fact]
    public void Gbk_page_without_meta_is_detected()
    {
        var html = $"<html><head><title>督查</title></head><body><p>{LongChinese}</p></body></html>";
        var page = CharsetDecoder.Decode(Gb18030(html), null, isHtml: true, out _);
        Assert.Equal("gb18030", page!.Encoding);
        Assert.Contains(LongChinese, page.Text);
    }

    [Fact]
    public void Gbk_text_dump_is_decoded_without_meta()
    {
        var page = CharsetDecoder.Decode(Gb18030(LongChinese), null, isHtml: false, out _);
        Assert.Equal(LongChinese, page!.Text);
    }

    [Fact]
    public void Http_header_charset_wins_and_x_gbk_is_understood()
    {
        var page = CharsetDecoder.Decode(Gb18030(Chinese), "text/html; charset=x-gbk", isHtml: true, out _);
        Assert.Equal("http-header", page!.DecidedBy);
        Assert.Equal(Chinese, page.Text);
    }

    [Fact]
    public void Meta_claiming_utf8_over_gbk_bytes_is_not_trusted()
    {
        var html = $"<meta charset=\"utf-8\"><p>{LongChinese}</p>";
        var page = CharsetDecoder.Decode(Gb18030(html), null, isHtml: true, out _);
        Assert.Contains(LongChinese, page!.Text);
    }

    [Fact]
    public void Big5_with_meta_and_by_detection()
    {
        const string traditional = "市政府督導組深入基層，發現問題四十件，督促整改二十五件。";
        var big5 = Encoding.GetEncoding("big5");
        var withMeta = CharsetDecoder.Decode(big5.GetBytes($"<meta charset=big5><p>{traditional}</p>"), null, true, out _);
        Assert.Equal("big5", withMeta!.Encoding);
        Assert.Contains(traditional, withMeta.Text);

        var longText = string.Concat(Enumerable.Repeat("臺灣地區各縣市政府積極推動防疫工作，檢查商場與學校的衛生措施。", 15));
        var detected = CharsetDecoder.Decode(big5.GetBytes(longText), null, false, out _);
        Assert.Equal(longText, detected!.Text);
    }

    [Fact]
    public void Utf8_bom_is_used_and_stripped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Chinese)).ToArray();
        var page = CharsetDecoder.Decode(bytes, "text/html; charset=gbk", true, out _);
        Assert.Equal("bom", page!.DecidedBy);
        Assert.Equal(Chinese, page.Text);
    }

    [Fact]
    public void Plain_utf8_is_recognised()
    {
        var page = CharsetDecoder.Decode(Encoding.UTF8.GetBytes(Chinese), null, false, out _);
        Assert.Equal("utf-8", page!.Encoding);
        Assert.Equal(Chinese, page.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, "PNG image")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "ZIP archive")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34 }, "PDF document")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "GZIP archive")]
    [InlineData(new byte[] { 0x41, 0x42, 0x00, 0x43, 0x44 }, "NUL bytes")]
    public void Binary_input_is_rejected_with_a_reason(byte[] bytes, string expected)
    {
        Assert.Null(CharsetDecoder.Decode(bytes, null, true, out var reason));
        Assert.Contains(expected, reason);
        Assert.StartsWith("binary content", reason);
    }

    [Fact]
    public void Control_character_noise_is_binary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41)).ToArray();
        Assert.Null(CharsetDecoder.Decode(bytes, null, false, out var reason));
        Assert.Contains("control characters", reason);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x0A })]
    public void Empty_input_is_rejected(byte[] bytes)
    {
        Assert.Null(CharsetDecoder.Decode(bytes, null, false, out var reason));
        Assert.Equal("empty file", reason);
    }

    /// <summary>
    /// A UTF-8 page with a utf-8 meta and a few stray bytes early on (truncated characters, lone 0xFF/0xFE), as transfers
    /// leave them. Before, the strict-UTF-8 check refused the meta and the detector fell back to GB18030: mojibake.
    /// </summary>
    private static byte[] Utf8PageWithStrayBytes()
    {
        var head = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"><title>督查组通报整改情况</title></head><body><h1>督查组通报整改情况</h1><p>");
        var tail = Encoding.UTF8.GetBytes($"{LongChinese}</p><p>{LongChinese}</p></body></html>");
        byte[] stray = [0xE7, 0x9D, 0x20, 0xE4, 0xB8, 0x20, 0xFF, 0xFE, 0xC3, 0x20];
        return [.. head, .. stray, .. tail];
    }

    [Fact]
    public void Mostly_valid_utf8_with_stray_bytes_and_a_utf8_meta_decodes_as_utf8_with_replacement_characters()
    {
        var page = CharsetDecoder.Decode(Utf8PageWithStrayBytes(), null, isHtml: true, out _);
        Assert.Equal("utf-8", page!.Encoding);
        Assert.Equal("meta", page.DecidedBy);
        Assert.Contains('\uFFFD', page.Text);
        Assert.Contains(LongChinese, page.Text);
    }

    [Fact]
    public void A_page_with_stray_bytes_keeps_its_title_and_body_through_clean()
    {
        var decoded = CharsetDecoder.Decode(Utf8PageWithStrayBytes(), null, isHtml: true, out _);
        var cleaned = new PressMine.Clean.PageCleaner().Clean(decoded!.Text, isTextDump: false, url: null).Page;
        Assert.Equal("督查组通报整改情况", cleaned!.Title);
        Assert.Contains("督查组连日来深入各乡镇街道", cleaned.Body);
    }

    [Fact]
    public void Stray_bytes_without_any_declaration_still_read_as_utf8()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes($"<html><body><p>{LongChinese}</p>"), 0xE7, 0x9D, 0x20, 0xFF, .. Encoding.UTF8.GetBytes($"<p>{LongChinese}</p></body></html>")];
        var page = CharsetDecoder.Decode(bytes, null, isHtml: true, out _);
        Assert.Equal("utf-8", page!.Encoding);
        Assert.Equal("utf8-stray-bytes", page.DecidedBy);
    }

    [Fact]
    public void Valid_utf8_bytes_under_a_gb2312_meta_are_utf8()
    {
        // Pages re-saved as UTF-8 keep the meta of the GBK original.
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>{LongChinese}</p></body></html>";
        var page = CharsetDecoder.Decode(Encoding.UTF8.GetBytes(html), null, isHtml: true, out _);
        Assert.Equal("utf-8", page!.Encoding);
        Assert.Contains(LongChinese, page.Text);
    }

    [Fact]
    public void Gbk_bytes_are_never_mostly_utf8()
    {
        var profile = Utf8Profile.Measure(Gb18030(LongChinese + Chinese));
        Assert.False(profile.IsMostlyUtf8, $"{profile}");
        var page = CharsetDecoder.Decode(Gb18030($"<meta charset=\"gb2312\"><p>{Chinese}</p>"), null, isHtml: true, out _);
        Assert.Equal("gb18030", page!.Encoding);
        Assert.Contains(Chinese, page.Text);
    }
}
