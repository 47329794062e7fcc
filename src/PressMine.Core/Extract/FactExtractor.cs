using PressMine.Records;

namespace PressMine.Extract;

/// <summary>Counts, metrics, dates and places from an article body, each with its evidence span.</summary>
public sealed class FactExtractor(IPlaceResolver places)
{
    /// <param name="publishedAt">ISO 8601 publish time or date; the base for years and relative dates.</param>
    public ArticleFacts Extract(string articleId, string? title, string body, string? publishedAt, string? site, string? source)
    {
        throw new NotImplementedException("owned by the Extract work");
    }
}
