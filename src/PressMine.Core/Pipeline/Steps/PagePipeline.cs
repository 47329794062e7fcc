using PressMine.Records;
using PressMine.Sources;

namespace PressMine.Pipeline;

/// <summary>Where a composed pipeline's documents go. Called from one thread at a time.</summary>
public interface IDocumentSink
{
    void Write(Document document);
}

/// <summary>A sink over a delegate, for small programs and tests.</summary>
public sealed class DocumentSink(Action<Document> write) : IDocumentSink
{
    public static DocumentSink Of(Action<Document> write) => new(write);

    public void Write(Document document) => write(document);
}

/// <summary>
/// A pipeline composed step by step: <c>PagePipeline.From(source).Then(step)…To(sink)</c>, then <c>Run()</c> on an
/// executor. Immutable: each call returns a new pipeline.
/// </summary>
public sealed class PagePipeline
{
    readonly IPageSource source;
    readonly IReadOnlyList<IPipelineStep> steps;

    PagePipeline(IPageSource source, IReadOnlyList<IPipelineStep> steps) => (this.source, this.steps) = (source, steps);

    public static PagePipeline From(IPageSource source) => new(source, []);

    public PagePipeline Then(IPipelineStep step) => new(source, [.. steps, step]);

    public PagePipeline Then(IEnumerable<IPipelineStep> more) => new(source, [.. steps, .. more]);

    public RunnablePipeline To(IDocumentSink sink) => new(source, new StepList(steps), sink);
}

/// <summary>A composed pipeline with its sink, ready to run.</summary>
public sealed class RunnablePipeline(IPageSource source, StepList steps, IDocumentSink sink)
{
    public StepList Steps => steps;

    /// <summary>Runs every page of the source through the steps into the sink; returns each step's counts and time.</summary>
    public IReadOnlyList<StepReport> Run(IPipelineExecutor? executor = null, CancellationToken cancel = default)
    {
        var gate = new object();
        (executor ?? LocalParallelExecutor.AllCores).Run(source.Read(cancel), steps, d => { lock (gate) sink.Write(d); }, cancel);
        return steps.Reports();
    }
}
