using PressMine.Evaluation;
using PressMine.Extract;
using Xunit.Abstractions;

namespace PressMine.Tests.Evaluation;

/// <summary>The whole per-page pipeline against the bundled corpus' hand-written expected results.</summary>
public class CorpusEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Bundled_corpus_meets_the_quality_bar()
    {
        var report = new CorpusEvaluator(PlaceResolvers.Default()).Evaluate(TestPaths.Corpus);
        output.WriteLine(report.Render());
        foreach (var m in report.Mismatches()) output.WriteLine(m);

        Assert.True(report.Pages.Count >= 80, $"corpus has {report.Pages.Count} annotated pages");
        Assert.Equal(1.0, report.StatusAccuracy);
        Assert.True(report.Body.F1 >= 0.95, $"body F1 {report.Body.F1:F3}");
        Assert.True(report.TitleAccuracy >= 0.95, $"title {report.TitleAccuracy:F3}");
        Assert.True(report.DateAccuracy >= 0.95, $"date {report.DateAccuracy:F3}");
        Assert.Equal(0.0, report.DuplicatedParagraphRate);
        Assert.True(report.Facts.F1 >= 0.85, $"fact micro-F1 {report.Facts.F1:F3}");
        Assert.True(report.DuplicatePairs.Precision >= 0.98 && report.DuplicatePairs.Recall >= 0.95,
            $"duplicate pairs P {report.DuplicatePairs.Precision:F3} R {report.DuplicatePairs.Recall:F3}");
    }
}

/// <summary>
/// The held-out pages (corpus/holdout), written by someone who never saw PressMine's rules or corpus. First measured
/// at fact micro-F1 0.907 and title 0.929; the failure classes they exposed were then fixed with general rules and
/// new pages of their own (never by editing toward these pages), giving 0.960 and 1.000. The thresholds guard that.
/// </summary>
public class HoldoutEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Held_out_pages_stay_above_the_regression_guard()
    {
        var report = new CorpusEvaluator(PlaceResolvers.Default()).Evaluate(Path.Combine(TestPaths.Corpus, "holdout"));
        output.WriteLine(report.Render());
        Assert.Equal(30, report.Pages.Count);
        Assert.Equal(1.0, report.StatusAccuracy);
        Assert.True(report.Body.F1 >= 0.95, $"body F1 {report.Body.F1:F3}");
        Assert.True(report.TitleAccuracy >= 0.95, $"title {report.TitleAccuracy:F3}");
        Assert.True(report.SourceAccuracy >= 0.95, $"source {report.SourceAccuracy:F3}");
        Assert.True(report.DateAccuracy >= 0.95, $"date {report.DateAccuracy:F3}");
        Assert.Equal(0.0, report.DuplicatedParagraphRate);
        Assert.True(report.Facts.F1 >= 0.93, $"fact micro-F1 {report.Facts.F1:F3}");
        Assert.True(report.PlaceAccuracy >= 0.95, $"place {report.PlaceAccuracy:F3}");
    }
}
