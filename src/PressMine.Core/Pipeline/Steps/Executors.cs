using PressMine.Records;

namespace PressMine.Pipeline;

/// <summary>Runs the per-page steps over pages and hands each result to <c>output</c>; separate from the steps themselves.</summary>
public interface IPipelineExecutor
{
    /// <param name="pages">The pages to run, read once in order.</param>
    /// <param name="steps">The per-page steps each page goes through.</param>
    /// <param name="output">called once per page, possibly from several threads at once</param>
    /// <param name="cancel">Stops handing out pages; pages already started finish.</param>
    void Run(IEnumerable<RawPage> pages, StepList steps, Action<Document> output, CancellationToken cancel = default);
}

/// <summary>All cores of this machine (or <paramref name="parallelism"/> of them); the order of outputs is not the input order.</summary>
public sealed class LocalParallelExecutor(int parallelism) : IPipelineExecutor
{
    /// <summary>One worker per processor.</summary>
    public static LocalParallelExecutor AllCores => new(Environment.ProcessorCount);

    /// <inheritdoc/>
    public void Run(IEnumerable<RawPage> pages, StepList steps, Action<Document> output, CancellationToken cancel = default)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancel };
        Parallel.ForEach(pages, options, page => output(steps.Run(page)));
    }
}

/// <summary>
/// This process's share of the inputs: the pages whose identity hashes to <see cref="Shard"/> (`--shard i/N`,
/// one Slurm array task each), run by <paramref name="inner"/>; `merge` joins the shards' datasets afterwards.
/// </summary>
public sealed class ShardedExecutor(Shard shard, IPipelineExecutor inner) : IPipelineExecutor
{
    /// <summary>Which share of the inputs this executor runs.</summary>
    public Shard Shard => shard;

    /// <inheritdoc/>
    public void Run(IEnumerable<RawPage> pages, StepList steps, Action<Document> output, CancellationToken cancel = default) =>
        inner.Run(pages.Where(p => shard.Contains(p.Identity)), steps, output, cancel);
}
