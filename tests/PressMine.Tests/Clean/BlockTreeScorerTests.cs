using PressMine.Clean;
using PressMine.Decode;

namespace PressMine.Tests.Clean;

/// <summary>The shipped block model scored by walking its trees in C# gives ML.NET's own probabilities.</summary>
public class BlockTreeScorerTests
{
    private const double Tolerance = 1e-6;

    private static BlockModel Shipped() => BlockModel.LoadDefault() ?? throw new InvalidOperationException("corpus/models/clean-blocks.zip missing");

    /// <summary>Every block of every page: tree walk against the per-thread PredictionEngine; returns the blocks compared.</summary>
    private static int CompareOn(IEnumerable<string> htmlFiles)
    {
        var model = Shipped();
        Assert.True(model.WalksTrees);
        int compared = 0;
        foreach (var file in htmlFiles)
        {
            var text = CharsetDecoder.Decode(File.ReadAllBytes(file), null, true, out _)?.Text;
            if (text is null || HtmlCleaner.Analyse(text, out _) is not { } page) continue;
            var blocks = BlockFeatures.Extract(page);
            var walked = model.Score(blocks);
            var engine = model.ScoreByEngine(blocks);
            for (int i = 0; i < blocks.Count; i++)
                Assert.True(Math.Abs(walked[i] - engine[i]) <= Tolerance, $"{Path.GetFileName(file)} block {i}: {walked[i]} vs {engine[i]}");
            compared += blocks.Count;
        }
        return compared;
    }

    [Fact]
    public void Tree_walk_equals_the_prediction_engine_on_the_bundled_corpus()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(TestPaths.Corpus, "pages"), "*.html");
        Assert.True(CompareOn(pages) > 1_000);
    }

    [SkippableFact]
    public void Tree_walk_equals_the_prediction_engine_on_the_real_gne_pages()
    {
        var gne = Path.Combine(Requires.DevPages(), "gne");
        Assert.True(CompareOn(Directory.EnumerateFiles(gne, "*.html", SearchOption.AllDirectories)) > 5_000);
    }
}
