namespace PressMine.Records;

/// <summary>Everything the per-page stages produce for one input: its article row, facts and (optionally) tokens.</summary>
public sealed record ProcessedPage(Article Article, IReadOnlyList<Fact> Facts, string? Tokens, string InputSha256)
{
    internal static ProcessedPage Rejected(RawPage page, string reason) =>
        new(Article.Rejected(page, reason), [], null, InputHash(page));

    /// <summary>This page rejected after the per-page steps (by a corpus step): the row keeps its identity, not its content.</summary>
    public ProcessedPage Reject(string reason) => this with
    {
        Article = new Article { Id = Article.Id, SourcePath = Article.SourcePath, Url = Article.Url, Status = ArticleStatus.Rejected, Reason = reason },
        Facts = [],
        Tokens = null,
    };

    internal static string InputHash(RawPage page) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(page.Bytes));
}
