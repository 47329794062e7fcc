using PressMine.Clean;
using PressMine.Decode;
using PressMine.Evaluation;
using PressMine.Evaluation.RealPages;

namespace PressMine.Cli.Commands;

/// <summary>A page the block classifier learns from: its decoded HTML, its gold body and the blocks the rules see.</summary>
internal sealed record BlockTrainingPage(string Id, string Html, string GoldBody, IReadOnlyList<BlockCandidate> Blocks)
{
    public IEnumerable<BlockRow> Rows() => BlockLabels.Rows(Blocks, GoldBody);
}

/// <summary>
/// Loads the training pages: the annotated real pages of one gold split (decoded as <c>pressmine evaluate</c> decodes
/// them) and the bundled corpus' HTML articles with their hand-written bodies. Test pages are never loaded here.
/// </summary>
internal static class BlockTrainingSet
{
    public static List<BlockTrainingPage> RealPages(string goldFile, string devpages, string split)
    {
        var pages = new List<BlockTrainingPage>();
        foreach (var gold in RealPageGold.Load(goldFile).Where(g => g.Split == split).OrderBy(g => g.Path, StringComparer.Ordinal))
        {
            var page = GoldBody.Read(gold, devpages);
            var decoded = CharsetDecoder.Decode(page.Bytes, null, isHtml: true, out _);
            if (decoded is null) continue;
            pages.Add(Page(gold.Path, decoded.Text, page.GoldBody));
        }
        return pages;
    }

    public static List<BlockTrainingPage> CorpusPages(string corpusDir)
    {
        var pages = new List<BlockTrainingPage>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(corpusDir, "pages"), "*.html").Order(StringComparer.Ordinal))
        {
            var expectedFile = Path.Combine(corpusDir, "expected", Path.GetFileNameWithoutExtension(file) + ".json");
            if (!File.Exists(expectedFile)) continue;
            var expected = ExpectedPage.Load(expectedFile);
            if (expected.Status != "ok" || expected.Body is not { Count: > 0 } body) continue;
            var decoded = CharsetDecoder.Decode(File.ReadAllBytes(file), null, isHtml: true, out _);
            if (decoded is null) continue;
            pages.Add(Page("corpus/" + Path.GetFileName(file), decoded.Text, string.Join('\n', body)));
        }
        return pages;
    }

    private static BlockTrainingPage Page(string id, string html, string goldBody)
    {
        var analysis = HtmlCleaner.Analyse(html, out _);
        return new BlockTrainingPage(id, html, goldBody, analysis is null ? [] : BlockFeatures.Extract(analysis));
    }
}
