using PressMine.Extract.Evaluation;

namespace PressMine.Tests.Extract;

/// <summary>The stated rendering of a transcript into stories, on a transcript written here.</summary>
public sealed class XwlbTranscriptTests
{
    private const string Transcript =
        "# 《新闻联播》 (20200101)\r\n\r\n## 新闻摘要\r\n\r\n### 摘要里的标题不是报道\r\n1.某事；\r\n\r\n## 详细新闻\r\n\r\n" +
        "### 第一条 报道\r\n\r\n<p><strong>央视网消息</strong>：县里检查企业5家。</p><p>　发现问题3个&nbsp;</p>\r\n[查看原文](https://example.invalid/a)\r\n\r\n" +
        "### 第二条\r\n\r\n<p>第一行<br>第二行 &lt;注&gt;</p>\r\n";

    [Fact]
    public void Stories_come_only_from_the_detail_section_with_tags_links_and_padding_removed()
    {
        var stories = XwlbTranscript.Parse(Transcript);
        Assert.Equal(2, stories.Count);
        Assert.Equal(new TranscriptStory(0, "第一条 报道", "央视网消息：县里检查企业5家。\n发现问题3个"), stories[0]);
        Assert.Equal(new TranscriptStory(1, "第二条", "第一行\n第二行 <注>"), stories[1]);
    }

    [Fact]
    public void A_file_far_larger_than_a_transcript_is_refused_before_reading()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "big.md");
        using (var f = File.Create(path)) f.SetLength(XwlbTranscript.MaxBytes + 1);
        Assert.Throws<InvalidDataException>(() => XwlbTranscript.Read(path));
    }
}
