using PressMine.Clean;
using PressMine.Clean.Lexicon;

namespace PressMine.Tests.Clean;

/// <summary>The cleaner's vocabularies under corpus/clean/: how entries are read and turned into matchers.</summary>
public class CleanLexiconTests
{
    [Fact]
    public void A_bracketed_entry_is_an_entry_not_a_section_header()
    {
        var list = SectionedWordList.Parse(["[furniture]", "[打印]", "收藏本页"], "test");
        Assert.Equal(["[打印]", "收藏本页"], list.Words("furniture"));
    }

    [Theory]
    [InlineData("(C)", "", "(C) 2020", true)]
    [InlineData("字号", "label", "字号 ：大", true)]
    [InlineData("字号", "label", "字号大", false)]
    [InlineData("主办", "line-start-label", "本网主办：某局", false)]
    [InlineData("ad", "word", "head", false)]
    [InlineData("ad", "word", "top ad", true)]
    [InlineData("更多>>", "line-end", "新闻 更多>>", true)]
    public void Each_form_matches_what_its_name_says(string text, string form, string line, bool matches)
    {
        string[] entry = form.Length == 0 ? [text] : [text, form];
        Assert.Equal(matches, LexiconPattern.Compile(LexiconPattern.Alternation([entry])).IsMatch(line));
    }

    [Fact]
    public void An_unknown_form_is_an_error_not_a_silent_literal()
        => Assert.Throws<InvalidDataException>(() => LexiconPattern.Alternation([["打印", "lineend"]]));

    [Fact]
    public void The_shipped_vocabularies_load_and_drive_the_rules()
    {
        var lexicon = CleanLexicon.Default;
        Assert.Same(lexicon, CleanLexicon.Default);
        Assert.True(BoilerplateRules.IsFurniture("【打印】【关闭】"));
        Assert.True(BoilerplateRules.IsFurniture("手机读报看新闻,下载掌上秦巴"));
        Assert.True(BoilerplateRules.IsStopMarker("相关新闻："));
        Assert.True(BoilerplateRules.IsBreadcrumb("您当前的位置 : 中国宁波网 > 新闻中心"));
        Assert.Equal("来源", lexicon.Labels.Aliases["Source"]);
        Assert.Equal("新华社", MetadataLines.Parse("來源：新华社").Source);
        Assert.Equal(["刘海波"], MetadataLines.Parse("責任編輯：刘海波").Editors);
    }
}
