using PressMine.Records;

namespace PressMine.Clean;

/// <summary>Decides whether a cleaned page is an article, and says in words why not.</summary>
internal static class ArticleGate
{
    /// <summary>Fewer body characters than this (CJK ideographs, or letters for non-Chinese text) is not an article.</summary>
    public const int MinBodyCharacters = 50;

    public static CleanResult Check(CleanedPage page, int datedHeadlines, int totalLines)
    {
        int bodyChars = page.Paragraphs.Sum(p => Math.Max(TextNormalizer.CjkCount(p), p.Count(char.IsLetter) / 4));
        if (page.Paragraphs.Count == 0)
        {
            if (datedHeadlines >= 5)
                return CleanResult.Reject($"list/index page: {datedHeadlines} dated headlines and no article body");
            return CleanResult.Reject("no article body found: page holds only navigation/links");
        }
        if (datedHeadlines >= 8 && bodyChars < datedHeadlines * 30)
            return CleanResult.Reject($"list/index page: {datedHeadlines} dated headlines around {bodyChars} characters of text");
        if (bodyChars < MinBodyCharacters)
            return CleanResult.Reject($"too short: body has {bodyChars} characters (minimum {MinBodyCharacters})");
        return CleanResult.Accept(page);
    }
}
