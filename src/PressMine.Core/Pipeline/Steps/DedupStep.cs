using PressMine.Dedup;
using PressMine.Records;

namespace PressMine.Pipeline;

/// <summary>What the dedup step is built with.</summary>
public sealed record DedupStepOptions
{
    /// <summary>LSH bands, similarity threshold and the number/place checks.</summary>
    public DedupParameters Parameters { get; init; } = DedupParameters.Default;

    /// <summary>Tell template reports apart by the places they name (gazetteer); off only for measurements.</summary>
    public bool PlaceAware { get; init; } = true;

    /// <summary>Signatures kept in memory before the rest spill to a file in the work directory (not an output setting).</summary>
    public int SignatureMemoryLimit { get; init; } = 200_000;

    /// <summary>Threads computing signatures (not an output setting).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>
/// Marks near-duplicate articles (one article republished, or one body printed twice across pages) as duplicates of
/// the article kept. Leaves signatures.bin in the work directory: the next run in the same output directory reuses the
/// signatures of unchanged bodies, and `merge` dedups across shards from the shards' files without reading bodies.
/// </summary>
public sealed class DedupStep : ICorpusStep
{
    static readonly MinHasher Hasher = new();
    readonly DedupStepOptions options;
    readonly IReadOnlyList<string>? shardDatasets;

    /// <param name="options">null for the defaults `run` uses.</param>
    public DedupStep(DedupStepOptions? options = null) : this(options, null) { }

    DedupStep(DedupStepOptions? options, IReadOnlyList<string>? shardDatasets) =>
        (this.options, this.shardDatasets) = (options ?? new DedupStepOptions(), shardDatasets);

    /// <summary>
    /// The step `merge` runs: the signatures are read from each shard dataset's signatures.bin (computed there by the
    /// shard's own dedup step, in id order, an id given to two shards counted once); the articles are not read.
    /// </summary>
    public static DedupStep FromShards(IReadOnlyList<string> shardDatasets, DedupStepOptions? options = null) =>
        new(options, shardDatasets);

    /// <inheritdoc/>
    public string Name => "dedup";

    /// <summary>The parameters (parameters.bands, parameters.threshold …) and place_aware.</summary>
    public IReadOnlyDictionary<string, string> Options => OptionValues.Flatten(new { options.Parameters, options.PlaceAware });

    /// <summary>Whether the step signs the articles it reads (not the one `merge` runs, which reads the shards' signatures).</summary>
    internal bool SignsArticles => shardDatasets is null;

    /// <summary>The article's signature as this step computes it; thread-safe, for the per-page workers of `run`.</summary>
    internal DedupSignature Sign(Article article) => DedupSignature.For(article, Hasher, options.PlaceAware ? PlaceKeyer.Default : null);

    /// <summary>A store for the signatures the per-page workers compute for this step, spilling to <paramref name="workDirectory"/>.</summary>
    internal PageSignatures NewSignatureStore(string workDirectory) => new(this, options.SignatureMemoryLimit, workDirectory);

    /// <inheritdoc/>
    public CorpusDecisions Decide(CorpusInput input, CancellationToken cancel = default)
    {
        var output = Path.Combine(input.WorkDirectory, SignatureFile.FileName);
        if (shardDatasets is not null)
        {
            using var set = ShardSignatures.Load(shardDatasets, options.SignatureMemoryLimit, input.WorkDirectory);
            cancel.ThrowIfCancellationRequested();
            var merged = new Deduplicator(options.Parameters).Run(set);
            SignatureFile.Write(output, set.InOrder().Select(s => new StoredSignature(s, merged.Duplicates.GetValueOrDefault(s.Id))));
            return new CorpusDecisions
            {
                Duplicates = merged.Duplicates,
                Counts = new Dictionary<string, long> { ["signatures"] = set.Count, ["dedup_comparisons"] = merged.Comparisons },
            };
        }

        var previous = input.PreviousDataset is { } dataset ? Path.Combine(dataset, SignatureFile.FileName) : null;
        var signatures = input.Signatures is { } signed && signed.Step == this && input.IdsById is { } ids
            ? ids.Select(id => signed.For(id) ?? throw new InvalidOperationException($"no dedup signature was computed for article {id}"))
            : input.ArticlesById.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, options.Parallelism)).Select(Sign);
        var pass = new DedupPass(options.Parameters, options.SignatureMemoryLimit, input.WorkDirectory).Run(signatures, previous, output);
        return new CorpusDecisions
        {
            Duplicates = pass.Duplicates,
            Counts = new Dictionary<string, long>
            {
                ["signatures"] = pass.Signatures, ["signatures_reused"] = pass.Reused,
                ["dedup_incremental"] = pass.Incremental ? 1 : 0, ["dedup_comparisons"] = pass.Comparisons,
            },
        };
    }
}
