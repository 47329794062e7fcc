namespace PressMine.Dedup;

/// <summary>
/// LSH and decision settings. The defaults (32 bands × 4 rows over 128 permutations, containment ≥ 0.8,
/// numbers and places checked) were chosen on the labelled pair set: see README "Deduplication".
/// </summary>
public sealed record DedupParameters(int Bands = 32, double Threshold = 0.8, bool CheckNumbers = true, bool CheckPlaces = true)
{
    /// <summary>The shipped settings: 32 bands, containment 0.8, numbers and places checked.</summary>
    public static readonly DedupParameters Default = new();

    /// <summary>How many earlier members of one LSH bucket a new member is compared with (guards boilerplate buckets).</summary>
    public int BucketCompareLimit { get; init; } = 16;

    /// <summary>Memory allowed for band keys in one pass; more bands than fit are done in further passes.</summary>
    public long BandKeyBudgetBytes { get; init; } = 64L << 20;
}

/// <summary>Duplicate id → canonical id, and how much work it took.</summary>
public sealed record DedupResult(IReadOnlyDictionary<string, string> Duplicates, long CandidatePairs, long Comparisons);
