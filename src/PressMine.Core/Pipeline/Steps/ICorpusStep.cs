using PressMine.Records;

namespace PressMine.Pipeline;

/// <summary>
/// A step that decides over the whole corpus once every page has been through the per-page steps — dedup is one.
/// Called once, from one thread, with the kept articles in id order. It changes no article itself: it returns what it
/// decided, and the pipeline applies that before the sink, so every input still yields exactly one articles row.
/// </summary>
public interface ICorpusStep
{
    /// <summary>A short stable name (dedup …), used in stats, reasons and the manifest.</summary>
    string Name { get; }

    /// <summary>The options the step was built with, as the manifest records them so a run can be repeated.</summary>
    IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>Reads the articles (once, in order) and returns what it found.</summary>
    CorpusDecisions Decide(CorpusInput input, CancellationToken cancel = default);
}

/// <summary>What a corpus step reads.</summary>
/// <param name="ArticlesById">The articles still kept (status ok, not marked by an earlier corpus step), in ordinal id
/// order; read lazily, at most once.</param>
/// <param name="WorkDirectory">The run's staging directory: files a step writes here are published with the dataset
/// (dedup writes signatures.bin), or deleted with it when the run does not complete.</param>
public sealed record CorpusInput(IEnumerable<Article> ArticlesById, string WorkDirectory)
{
    /// <summary>The previous complete dataset in the same output directory, for a step that reuses its earlier
    /// work (dedup reuses the signatures of unchanged bodies); null when there is none.</summary>
    public string? PreviousDataset { get; init; }

    /// <summary>The ids of <see cref="ArticlesById"/>, in the same order and as lazily, for a step that has what it
    /// needs of an article by its id and so need not read the articles back (`run`'s dedup step); null when not given.</summary>
    internal IEnumerable<string>? IdsById { get; init; }

    /// <summary>The signatures the per-page workers computed for this step (`run` gives them to its dedup step).</summary>
    internal PageSignatures? Signatures { get; init; }
}

/// <summary>What a corpus step decided. Ids it does not name stay as they were.</summary>
public sealed record CorpusDecisions
{
    static readonly IReadOnlyDictionary<string, string> NoMarks = new Dictionary<string, string>();

    /// <summary>Article id → the id of the article it repeats (articles.status 'duplicate', duplicate_of).</summary>
    public IReadOnlyDictionary<string, string> Duplicates { get; init; } = NoMarks;

    /// <summary>Article id → why the step rejects it (articles.status 'rejected', reason); its facts are not written.</summary>
    public IReadOnlyDictionary<string, string> Rejected { get; init; } = NoMarks;

    /// <summary>Counts the manifest records under the step's own keys (dedup: signatures, dedup_comparisons …).</summary>
    public IReadOnlyDictionary<string, long> Counts { get; init; } = new Dictionary<string, long>();
}
