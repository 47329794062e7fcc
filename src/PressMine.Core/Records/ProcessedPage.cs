namespace PressMine.Records;

/// <summary>Everything the per-page stages produce for one input: its article row, facts and (optionally) tokens.</summary>
public sealed record ProcessedPage(Article Article, IReadOnlyList<Fact> Facts, string? Tokens, string InputSha256)
{
    public static ProcessedPage Rejected(RawPage page, string reason) =>
        new(Article.Rejected(page, reason), [], null, InputHash(page));

    public static string InputHash(RawPage page) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(page.Bytes));
}
