using PressMine.Records;

namespace PressMine.Dedup;

/// <summary>What deduplication needs of an article, without its body: small enough to keep for millions of pages.</summary>
public sealed record DedupSignature(
    string Id,
    string ExactHash,
    uint[] MinHash,
    string NumbersKey,
    string? PublishedAt,
    string? Site,
    string? Source,
    int BodyLength)
{
    public static DedupSignature For(Article article, MinHasher hasher)
    {
        var normalized = BodyNormalizer.Normalize(article.Body ?? "");
        return new DedupSignature(
            article.Id,
            StableHash.Hex(normalized, 32),
            hasher.Signature(normalized),
            BodyNormalizer.NumbersKey(article.Body ?? ""),
            article.PublishedAt,
            article.Site,
            article.Source,
            normalized.Length);
    }
}
