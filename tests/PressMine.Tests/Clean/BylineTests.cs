using PressMine.Clean;

namespace PressMine.Tests.Clean;

public sealed class BylineTests
{
    [Theory]
    [InlineData("【责任编辑：郭小勇】", "郭小勇")]
    [InlineData("(编辑：唐雨)", "唐雨")]
    [InlineData("〔责任编辑：胡安〕", "胡安")]
    public void Brackets_around_an_editor_line_are_not_part_of_the_name(string line, string editor)
        => Assert.Equal([editor], MetadataLines.Parse(line).Editors);

    [Fact]
    public void Editor_printed_only_under_the_second_copy_of_a_dump_is_read()
    {
        const string dump = """
            河口镇开展汛前水库巡查

            2023-05-06 09:12:40 来源: 河口日报 作者: 马一鸣

            河口镇组织水利站人员对辖区内的小型水库逐座开展汛前巡查，重点查看坝体渗漏和溢洪道畅通情况。

            巡查中发现的排水沟淤堵问题已当场交由所在村组织清理，镇里将在主汛期到来前再复查一次。

            推荐阅读
            城区新增两条公交线路 下周一起试运行 05-04

            河口镇开展汛前水库巡查

            河口镇组织水利站人员对辖区内的小型水库逐座开展汛前巡查，重点查看坝体渗漏和溢洪道畅通情况。

            责任编辑：钟岚
            """;
        var page = TextDumpCleaner.Clean(dump, null).Page!;
        Assert.Equal("钟岚", page.Editor);
        Assert.Equal("马一鸣", page.Author);
        Assert.Equal(2, page.Paragraphs.Count);
    }
}
