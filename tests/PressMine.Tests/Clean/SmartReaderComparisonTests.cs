using PressMine.Evaluation;
using Xunit.Abstractions;

namespace PressMine.Tests.Clean;

/// <summary>PressMine against SmartReader (Readability) on the corpus: the table is printed, only our side is asserted.</summary>
public sealed class SmartReaderComparisonTests(ITestOutputHelper output)
{
    [Fact]
    public void PressMine_is_at_least_as_good_as_SmartReader_on_the_corpus()
    {
        var report = new ComparisonReport(ExtractorComparison.Run(TestPaths.Corpus));
        output.WriteLine(report.Render());

        Assert.True(report.Pages.Count >= 70, $"only {report.Pages.Count} articles compared");
        var ours = report.PressMine();
        var theirs = report.SmartReader();
        Assert.True(ours.Body.F1 >= theirs.Body.F1, $"body F1 {ours.Body.F1:F3} < SmartReader {theirs.Body.F1:F3}");
        Assert.True(report.PressMine(p => !p.IsTextDump).Body.F1 >= report.SmartReader(p => !p.IsTextDump).Body.F1, "HTML body F1 below SmartReader");
        Assert.True(ours.TitleExact >= theirs.TitleExact);
        Assert.True(ours.DateExact >= theirs.DateExact);
        Assert.True(ours.Body.F1 >= 0.95 && ours.TitleExact >= 0.95 && ours.DateExact >= 0.95, "below issue 3's bar");
    }

    [Fact]
    public void A_dump_becomes_one_paragraph_per_line_with_markup_escaped()
    {
        var html = ExtractorComparison.DumpAsHtml("标题一行\n\n  第二行 <b>不是标签</b>\r\n");
        Assert.Contains("<p>标题一行</p>", html);
        Assert.Contains("<p>第二行 &lt;b&gt;不是标签&lt;/b&gt;</p>", html);
        Assert.Equal(2, html.Split("<p>").Length - 1);
    }
}
