namespace PressMine.Sources;

/// <summary>
/// How much one WARC file may make the reader hold and decompress. A record over <see cref="MaxRecordBytes"/> becomes a
/// rejected row and the reader resynchronises on the next record; a file whose decompressed bytes pass
/// <see cref="StreamBudget"/> stops there with a reason (a gzip bomb costs at most that much work).
/// </summary>
public sealed record WarcLimits
{
    /// <summary>The limits used when none are given.</summary>
    public static readonly WarcLimits Default = new();

    /// <summary>Largest record block held in memory (16 MiB; the crawler cuts responses at 10 MiB).</summary>
    public long MaxRecordBytes { get; init; } = 16L << 20;

    /// <summary>Decompressed bytes any file may yield, whatever its size.</summary>
    public long MaxStreamBytes { get; init; } = 64L << 30;

    /// <summary>Decompressed bytes allowed per compressed byte beyond <see cref="MinStreamBytes"/> (HTML gzips about 5–10×).</summary>
    public int MaxExpansionRatio { get; init; } = 200;

    /// <summary>Decompressed bytes every file may yield, however small it is compressed.</summary>
    public long MinStreamBytes { get; init; } = 64L << 20;

    /// <summary>The decompressed bytes a file of <paramref name="compressedBytes"/> may yield.</summary>
    public long StreamBudget(long compressedBytes)
    {
        long byRatio = compressedBytes > long.MaxValue / MaxExpansionRatio ? long.MaxValue : compressedBytes * MaxExpansionRatio;
        return Math.Min(MaxStreamBytes, Math.Max(MinStreamBytes, byRatio));
    }
}
