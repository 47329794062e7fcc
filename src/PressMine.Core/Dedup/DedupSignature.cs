using PressMine.Records;

namespace PressMine.Dedup;

/// <summary>What deduplication needs of an article, without its body: small enough to keep for millions of pages.</summary>
public sealed record DedupSignature(
    string Id,
    string ExactHash,
    uint[] MinHash,
    string NumbersKey,
    string PlaceKey,
    string? PublishedAt,
    string? Site,
    string? Source,
    int BodyLength)
{
    /// <param name="places">null: no place key (bodies are then told apart by their numbers only)</param>
    public static DedupSignature For(Article article, MinHasher hasher, PlaceKeyer? places = null)
    {
        var body = article.Body ?? "";
        var normalized = BodyNormalizer.Normalize(body);
        return new DedupSignature(
            article.Id,
            StableHash.Hex(normalized, 32),
            hasher.Signature(normalized),
            BodyNormalizer.NumbersKey(body),
            places?.Key(body) ?? "",
            article.PublishedAt,
            article.Site,
            article.Source,
            normalized.Length);
    }
}
