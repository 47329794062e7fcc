using PressMine.Extract;

namespace PressMine.Tests.Extract;

public sealed class ClauseSplitterTests
{
    private const string Body = "  据统计，2月9日以来，共发现问题40件；督促整改25件。\n“我们会立即整改。”他说，一定落实到位！检查企业1,234家。";

    [Fact]
    public void SpansAreVerbatimSubstringsOfTheBody()
    {
        foreach (var sentence in ClauseSplitter.Sentences(Body))
        {
            Assert.Equal(sentence.Text, Body.Substring(sentence.Start, sentence.End - sentence.Start));
            foreach (var clause in ClauseSplitter.Clauses(Body, sentence))
                Assert.Equal(clause.Text, Body.Substring(clause.Start, clause.End - clause.Start));
        }
    }

    [Fact]
    public void SentencesEndOnStopsAndSemicolonsWithTheirClosingQuote()
    {
        var sentences = ClauseSplitter.Sentences(Body).Select(s => s.Text).ToList();
        Assert.Equal(
            ["据统计，2月9日以来，共发现问题40件；", "督促整改25件。", "“我们会立即整改。”", "他说，一定落实到位！", "检查企业1,234家。"],
            sentences);
    }

    [Fact]
    public void PeriodsKeepSemicolonPartsTogether()
    {
        var first = ClauseSplitter.Periods(Body)[0];
        Assert.Equal("据统计，2月9日以来，共发现问题40件；督促整改25件。", first.Text);
        Assert.Equal(2, ClauseSplitter.Sentences(Body, first).Count);
    }

    [Fact]
    public void ClausesSplitOnCommasButNotOnEnumerationCommasOrThousands()
    {
        var text = "督导组共搜集、发现问题40件，其中16件,检查企业1,234家。";
        var clauses = ClauseSplitter.Clauses(text, new TextSpan(0, text.Length, text)).Select(c => c.Text).ToList();
        Assert.Equal(["督导组共搜集、发现问题40件，", "其中16件,", "检查企业1,234家。"], clauses);
    }
}
