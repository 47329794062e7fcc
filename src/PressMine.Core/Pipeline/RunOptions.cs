using PressMine.Sink;

namespace PressMine.Pipeline;

/// <summary>Which part of the inputs this process handles: a stable hash of each input's identity modulo Count.</summary>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>Every input: one shard of one.</summary>
    public static readonly Shard All = new(0, 1);

    /// <summary>Whether the input with this identity (<see cref="Records.RawPage.Identity"/>) is this shard's.</summary>
    public bool Contains(string identity) => Count <= 1 || (int)(Records.StableHash.UInt64(identity) % (ulong)Count) == Index;

    /// <summary>The `--shard` form, i/N.</summary>
    public override string ToString() => $"{Index}/{Count}";

    /// <summary>Reads `--shard i/N`.</summary>
    /// <exception cref="ArgumentException">not i/N with 0 ≤ i &lt; N</exception>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out int i) || !int.TryParse(parts[1], out int n) || n < 1 || i < 0 || i >= n)
            throw new ArgumentException($"--shard must be i/N with 0 ≤ i < N, got '{text}'");
        return new Shard(i, n);
    }
}

/// <summary>What `pressmine run` is asked to do, as a C# caller of <see cref="PipelineRunner"/> gives it.</summary>
public sealed record RunOptions
{
    /// <summary>Input files and directories: page dumps (.html, .txt), WARC files, directories of them.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }
    /// <summary>The dataset directory; written only when empty, new, or a dataset PressMine wrote.</summary>
    public required string OutDir { get; init; }
    /// <summary>Globs narrowing which files under an input directory are read (none: every regular file).</summary>
    public IReadOnlyList<string> Include { get; init; } = [];
    /// <summary>Table files written beside the DuckDB file (Parquet by default).</summary>
    public IReadOnlySet<OutputFormat> Formats { get; init; } = new HashSet<OutputFormat> { OutputFormat.Parquet };
    /// <summary>Segment every body and write the tokens table.</summary>
    public bool Tokens { get; init; }
    /// <summary>Byte-order mark and formula guard of CSV files.</summary>
    public CsvOptions Csv { get; init; } = CsvOptions.Default;
    /// <summary>Memory the dataset writer may use before it spills to disk.</summary>
    public MemoryLimit MemoryLimit { get; init; } = MemoryLimit.Default;
    /// <summary>This process's share of the inputs (`--shard i/N`).</summary>
    public Shard Shard { get; init; } = Shard.All;
    /// <summary>Write source_path and the manifest's paths absolute instead of relative to the input roots.</summary>
    public bool AbsolutePaths { get; init; }
    /// <summary>Threads for the per-page steps (`--threads`).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>A jieba user dictionary replacing the bundled one; null: the bundled one.</summary>
    public string? UserDictionary { get; init; }
    /// <summary>The dedup step's LSH bands, threshold and number/place checks.</summary>
    public Dedup.DedupParameters Dedup { get; init; } = PressMine.Dedup.DedupParameters.Default;
    /// <summary>Tell template reports apart by the places they name (gazetteer); off only for measurements.</summary>
    public bool PlaceAwareDedup { get; init; } = true;
    /// <summary>Signatures kept in memory before the rest spill to a file in the staging directory.</summary>
    public int SignatureMemoryLimit { get; init; } = 200_000;
    /// <summary>
    /// Fault injection for kill tests: once this many pages are checkpointed, flush the checkpoint and wait for
    /// cancellation, so a test can kill the run at a point the run itself reached. Null (the default) never pauses.
    /// </summary>
    public int? PauseAfterPages { get; init; }

    /// <summary>What the per-page steps are built with: the same list for run, evaluate and the bench.</summary>
    public StandardStepOptions StepOptions => new() { Tokens = Tokens, UserDictionary = UserDictionary };

    /// <summary>Corpus steps of the caller's own, run after dedup on the articles it kept (the command adds none).</summary>
    public IReadOnlyList<ICorpusStep> AddedCorpusSteps { get; init; } = [];

    /// <summary>The corpus steps, after the per-page ones: dedup (built from <see cref="Dedup"/> and
    /// <see cref="PlaceAwareDedup"/>), then <see cref="AddedCorpusSteps"/>.</summary>
    public IReadOnlyList<ICorpusStep> CorpusSteps =>
        [new DedupStep(new DedupStepOptions { Parameters = Dedup, PlaceAware = PlaceAwareDedup, SignatureMemoryLimit = SignatureMemoryLimit, Parallelism = Parallelism }),
         .. AddedCorpusSteps];
}

/// <summary>A snapshot of a run for progress displays.</summary>
public sealed record RunProgress(string Phase, int Processed, int Resumed, int Rejected, int Facts, double Seconds);

/// <summary>What a run wrote: row counts by status, facts, pages taken from the checkpoint of a killed run, seconds.</summary>
/// <param name="OutDir">The published dataset directory.</param>
/// <param name="Articles">articles rows: one per input.</param>
/// <param name="Ok">Rows with status ok.</param>
/// <param name="Duplicates">Rows with status duplicate.</param>
/// <param name="Rejected">Rows with status rejected.</param>
/// <param name="Facts">facts rows.</param>
/// <param name="Resumed">Pages processed by an earlier, killed run of the same inputs and settings, not again.</param>
/// <param name="Seconds">Wall time of the run.</param>
public sealed record RunSummary(string OutDir, int Articles, int Ok, int Duplicates, int Rejected, int Facts, int Resumed, double Seconds);
