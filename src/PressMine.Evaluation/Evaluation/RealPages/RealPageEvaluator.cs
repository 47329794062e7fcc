using PressMine.Clean;
using PressMine.Decode;

namespace PressMine.Evaluation.RealPages;

/// <summary>What one extractor made of one real page, scored against its gold.</summary>
public sealed record RealPageOutcome(
    RealPageGold Gold,
    string Extractor,
    Prf Body,
    bool TitleCorrect,
    string? Title,
    string? PublishedAt,
    string? PublishedAtBasis,
    bool SourceCorrect,
    string? RejectReason)
{
    internal bool HasGoldDate => Gold.PublishedAt is not null;

    /// <summary>Same calendar day as the gold date (China time, as both are written).</summary>
    public bool DateDayCorrect => HasGoldDate && PublishedAt is { Length: >= 10 } p && p[..10] == Gold.PublishedAt![..10];

    /// <summary>The day, and the minute too when the page shows a time.</summary>
    public bool DateMinuteCorrect => DateDayCorrect
        && (Gold.PublishedAt!.Length <= 10 || PublishedAt!.Length >= 16 && PublishedAt[..16] == Gold.PublishedAt[..16]);

    /// <summary>A date given for a page that shows none.</summary>
    public bool InventedDate => !HasGoldDate && PublishedAt is not null;
}

/// <summary>
/// Runs PressMine (Decode from the raw bytes + Clean) and, when asked, SmartReader (given PressMine's decoded text, so
/// the comparison is about extraction) over the annotated real pages, and scores each against its gold.
/// </summary>
public sealed class RealPageEvaluator(bool compareSmartReader)
{
    internal const string PressMineName = "PressMine";
    internal const string SmartReaderName = "SmartReader";

    /// <summary>One outcome per gold page for PressMine, and one more for SmartReader when it is compared; pages are read from devpagesDir and checked against the gold's digest.</summary>
    public IReadOnlyList<RealPageOutcome> Evaluate(IReadOnlyList<RealPageGold> golds, string devpagesDir)
    {
        var cleaner = new PageCleaner();
        var outcomes = new List<RealPageOutcome>();
        foreach (var gold in golds)
        {
            var page = GoldBody.Read(gold, devpagesDir);
            var decoded = CharsetDecoder.Decode(page.Bytes, null, isHtml: true, out var decodeError);
            if (decoded is null)
            {
                outcomes.Add(Score(page, PressMineName, "", null, null, null, null, decodeError ?? "not decoded"));
                continue;
            }
            var result = cleaner.Clean(decoded.Text, isTextDump: false, url: null);
            var c = result.Page;
            outcomes.Add(Score(page, PressMineName, c?.Body ?? "", c?.Title, c?.PublishedAt, c?.PublishedAtBasis, c?.Source, result.RejectReason));
            if (!compareSmartReader) continue;
            var theirs = ExtractorComparison.SmartReaderOnString(decoded.Text);
            outcomes.Add(Score(page, SmartReaderName, theirs.Body, theirs.Title, theirs.PublishedAt, null, null, null));
        }
        return outcomes;
    }

    private static RealPageOutcome Score(GoldPage page, string extractor, string body, string? title, string? date, string? basis,
        string? source, string? reject)
    {
        var gold = page.Gold;
        bool titleOk = gold.TitleSha256 is not null && title is not null && PageRendering.Hash(title) == gold.TitleSha256;
        bool sourceOk = gold.SourceSha256 is not null && source is not null && PageRendering.Hash(source) == gold.SourceSha256;
        return new RealPageOutcome(gold, extractor, BigramOverlap.Score(body, page.GoldBody), titleOk, title, date, basis, sourceOk, reject);
    }
}
