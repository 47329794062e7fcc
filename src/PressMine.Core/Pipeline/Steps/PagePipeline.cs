using PressMine.Records;
using PressMine.Sources;

namespace PressMine.Pipeline;

/// <summary>Where a composed pipeline's documents go. Called from one thread at a time.</summary>
public interface IDocumentSink
{
    /// <summary>Takes one finished document (kept, duplicate or dropped); every input reaches the sink once.</summary>
    void Write(Document document);
}

/// <summary>A sink over a delegate, for small programs and tests.</summary>
public sealed class DocumentSink(Action<Document> write) : IDocumentSink
{
    /// <summary>A sink that calls <paramref name="write"/> for each document.</summary>
    public static DocumentSink Of(Action<Document> write) => new(write);

    /// <inheritdoc/>
    public void Write(Document document) => write(document);
}

/// <summary>
/// A pipeline composed step by step: <c>PagePipeline.From(source).Then(step)…To(sink)</c>, then <c>Run()</c> on an
/// executor. Per-page steps come first; corpus steps (<see cref="ICorpusStep"/>, dedup) after them, once every page
/// is through. Immutable: each call returns a new pipeline.
/// </summary>
public sealed class PagePipeline
{
    readonly IPageSource source;
    readonly IReadOnlyList<IPipelineStep> steps;
    readonly IReadOnlyList<ICorpusStep> corpusSteps;

    PagePipeline(IPageSource source, IReadOnlyList<IPipelineStep> steps, IReadOnlyList<ICorpusStep> corpusSteps) =>
        (this.source, this.steps, this.corpusSteps) = (source, steps, corpusSteps);

    /// <summary>A pipeline over the pages of <paramref name="source"/>, with no step yet.</summary>
    public static PagePipeline From(IPageSource source) => new(source, [], []);

    /// <summary>This pipeline with a per-page step at the end of the per-page steps.</summary>
    /// <exception cref="InvalidOperationException">a corpus step was added already: it would run before this one</exception>
    public PagePipeline Then(IPipelineStep step) => Then([step]);

    /// <summary>This pipeline with several per-page steps at the end of the per-page steps.</summary>
    public PagePipeline Then(IEnumerable<IPipelineStep> more) => corpusSteps.Count == 0
        ? new(source, [.. steps, .. more], corpusSteps)
        : throw new InvalidOperationException("a per-page step cannot follow a corpus step: corpus steps run once every page is through the per-page steps");

    /// <summary>This pipeline with a corpus step after the others.</summary>
    public PagePipeline Then(ICorpusStep step) => new(source, steps, [.. corpusSteps, step]);

    /// <summary>The pipeline with its sink, ready to run.</summary>
    public RunnablePipeline To(IDocumentSink sink) => new(source, new StepList(steps), new CorpusStepList(corpusSteps), sink);
}

/// <summary>A composed pipeline with its sink, ready to run.</summary>
public sealed class RunnablePipeline(IPageSource source, StepList steps, CorpusStepList corpusSteps, IDocumentSink sink)
{
    /// <summary>The per-page steps.</summary>
    public StepList Steps => steps;

    /// <summary>The corpus steps.</summary>
    public CorpusStepList CorpusSteps => corpusSteps;

    /// <summary>
    /// Runs every page of the source through the steps into the sink; returns each step's counts and time. Without a
    /// corpus step, documents stream to the sink as they are done; with one, they are held in memory until the corpus
    /// steps have run over them (for corpora that do not fit, `pressmine run` checkpoints to disk instead), and the
    /// files the corpus steps write go to a temporary directory removed afterwards.
    /// </summary>
    public IReadOnlyList<StepReport> Run(IPipelineExecutor? executor = null, CancellationToken cancel = default)
    {
        var gate = new object();
        executor ??= LocalParallelExecutor.AllCores;
        if (corpusSteps.Steps.Count == 0)
        {
            executor.Run(source.Read(cancel), steps, d => { lock (gate) sink.Write(d); }, cancel);
            return steps.Reports();
        }

        var held = new List<(Document Document, Records.Article? Article)>();
        executor.Run(source.Read(cancel), steps, d =>
        {
            var article = d.IsOk ? d.ToProcessedPage().Article : null;
            lock (gate) held.Add((d, article));
        }, cancel);
        var work = Directory.CreateTempSubdirectory("pressmine-corpus-");
        try
        {
            var kept = held.Where(h => h.Article is not null).Select(h => h.Article!).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            var decisions = corpusSteps.Run(() => kept, work.FullName, previousDataset: null, cancel);
            foreach (var (document, _) in held)
            {
                var id = document.Page.Id;
                sink.Write(decisions.Duplicates.TryGetValue(id, out var canonical) ? document.MarkDuplicateOf(canonical)
                    : decisions.Rejected.TryGetValue(id, out var reason) ? document.Drop(corpusSteps.MarkedBy(id) ?? "corpus", reason)
                    : document);
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
        return [.. steps.Reports(), .. corpusSteps.Reports()];
    }
}
