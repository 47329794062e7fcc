using PressMine.Records;

namespace PressMine.Clean;

/// <summary>Decides whether a cleaned page is an article, and says in words why not.</summary>
internal static class ArticleGate
{
    public static CleanResult Check(CleanedPage page, int datedHeadlines, int totalLines, ArticleGateOptions o)
    {
        int bodyChars = page.Paragraphs.Sum(p => Math.Max(TextNormalizer.CjkCount(p), p.Count(char.IsLetter) / 4));
        if (page.Paragraphs.Count == 0)
        {
            if (datedHeadlines >= o.ListPageHeadlines)
                return CleanResult.Reject($"list/index page: {datedHeadlines} dated headlines and no article body");
            return CleanResult.Reject("no article body found: page holds only navigation/links");
        }
        if (datedHeadlines >= o.CrowdedPageHeadlines && bodyChars < datedHeadlines * o.BodyCharactersPerHeadline)
            return CleanResult.Reject($"list/index page: {datedHeadlines} dated headlines around {bodyChars} characters of text");
        if (bodyChars < o.MinBodyCharacters)
            return CleanResult.Reject($"too short: body has {bodyChars} characters (minimum {o.MinBodyCharacters})");
        return CleanResult.Accept(page);
    }
}
