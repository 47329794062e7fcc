using PressMine.Extract.Evaluation;

namespace PressMine.Tests.Extract;

/// <summary>The annotation sheet turns sentence indexes into offsets and adds hash, split and day itself.</summary>
public sealed class AnnotationSheetTests
{
    private const string Page = "xwlb/20230105.md";
    private static readonly TranscriptStory Story = new(0, "标题", "第一句。\n检查组赴3省检查，发现问题12个！“好”。\n末句");

    [Fact]
    public void Sentences_end_after_stops_with_their_closing_quote_and_at_line_breaks()
    {
        var spans = StorySentences.Of(Story.Body).Select(s => Story.Body[s.Start..s.End]).ToList();
        Assert.Equal(["第一句。", "检查组赴3省检查，发现问题12个！", "“好”。", "末句"], spans);
    }

    [Fact]
    public void A_fact_line_becomes_a_gold_fact_on_its_sentence()
    {
        string[] sheet = ["@ xwlb/20230105.md 0  # a story", "s1 problems_found 12~ 个 2023-01-05 - 湖北省", "s1 other/sites_toured 3 省 - - -"];
        var entry = Assert.Single(AnnotationSheet.Build(sheet, _ => [Story]));
        Assert.Equal(RealGoldFile.SplitOf(Page, 0), entry.Split);
        Assert.Equal("2023-01-05", entry.Published);
        Assert.Equal(64, entry.Sha256.Length);
        var found = entry.Facts[0];
        Assert.Equal(("problems_found", 12d, true, "2023-01-05", (string?)null, "湖北省"), (found.Metric, found.Value, found.Approx, found.AsOf, found.Since, found.Place));
        Assert.Equal("检查组赴3省检查，发现问题12个！", Story.Body[found.EvidenceStart..found.EvidenceEnd]);
        Assert.Equal(("other", "sites_toured", (string?)null), (entry.Facts[1].Metric, entry.Facts[1].Kind, entry.Facts[1].Place));
    }

    [Fact]
    public void A_header_alone_is_a_negative_and_bad_lines_are_refused_with_their_number()
    {
        Assert.Empty(Assert.Single(AnnotationSheet.Build(["@ xwlb/20230105.md 0"], _ => [Story])).Facts);
        var noStory = Assert.Throws<InvalidDataException>(() => AnnotationSheet.Build(["@ xwlb/20230105.md 4"], _ => [Story]));
        Assert.Contains("line 1", noStory.Message);
        Assert.Throws<InvalidDataException>(() => AnnotationSheet.Build(["@ xwlb/20230105.md 0", "s9 problems_found 1 个 - - -"], _ => [Story]));
        Assert.Throws<InvalidDataException>(() => AnnotationSheet.Build(["s0 problems_found 1 个 - - -"], _ => [Story]));
    }
}
