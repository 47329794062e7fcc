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
    ulong[]? numberItems, placeItems;

    /// <summary>The items of <see cref="NumbersKey"/> as sorted 64-bit hashes, for linear subset checks.</summary>
    internal ulong[] NumberItems => numberItems ??= SortedItemHashes(NumbersKey);

    /// <summary>The items of <see cref="PlaceKey"/> as sorted 64-bit hashes.</summary>
    internal ulong[] PlaceItems => placeItems ??= SortedItemHashes(PlaceKey);

    static ulong[] SortedItemHashes(string key)
    {
        if (key.Length == 0) return [];
        var items = new List<ulong>();
        foreach (var range in key.AsSpan().Split(','))
        {
            ulong h = 0xCBF29CE484222325UL; // FNV-1a over the item's chars: items are a few digits long
            foreach (char c in key.AsSpan(range)) h = (h ^ c) * 0x100000001B3UL;
            items.Add(h);
        }
        items.Sort();
        return [.. items.Distinct()];
    }

    /// <summary>The signature dedup compares this article by: MinHash of its normalized body, exact hash, numbers, places.</summary>
    /// <param name="article">An article row; a null body counts as empty.</param>
    /// <param name="hasher">The hasher every signature of one dedup must share.</param>
    /// <param name="places">null: no place key (bodies are then told apart by their numbers only)</param>
    public static DedupSignature For(Article article, MinHasher hasher, IPlaceKey? places = null)
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
