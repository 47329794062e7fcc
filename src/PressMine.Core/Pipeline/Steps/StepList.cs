using System.Diagnostics;
using PressMine.Records;

namespace PressMine.Pipeline;

/// <summary>
/// The per-page steps in order, with their stats. Thread-safe. A page the source could not read is dropped by
/// "read"; any failure inside a step, running out of memory or stack included, drops the page with the reason,
/// never loses it or the run.
/// </summary>
public sealed class StepList
{
    const string ReadStep = "read";
    readonly StepStats read = new(ReadStep);
    readonly StepStats[] stats;

    /// <param name="steps">Run in this order.</param>
    public StepList(IEnumerable<IPipelineStep> steps)
    {
        Steps = steps.ToList();
        stats = Steps.Select(s => new StepStats(s.Name)).ToArray();
    }

    /// <summary>The steps in the order they run.</summary>
    public IReadOnlyList<IPipelineStep> Steps { get; }

    /// <summary>The steps and their options, as the manifest records them.</summary>
    public IReadOnlyList<StepDescription> Describe() => Steps.Select(s => new StepDescription(s.Name, s.Options)).ToList();

    /// <summary>Per-step counts and time so far (the read check first).</summary>
    public IReadOnlyList<StepReport> Reports() => [read.Report(), .. stats.Select(s => s.Report())];

    /// <summary>The page through every step, as the row, facts and tokens the sink writes.</summary>
    public ProcessedPage Process(RawPage page) => Run(page).ToProcessedPage();

    /// <summary>The page through every step until one drops it; what an executor calls for each page.</summary>
    public Document Run(RawPage page)
    {
        var document = Document.Of(page);
        if (page.ReadError is not null)
        {
            document = document.Drop(ReadStep, page.ReadError);
            read.Record(document, 0);
            return document;
        }
        read.Record(document, 0);
        for (int i = 0; i < Steps.Count && document.IsOk; i++)
        {
            long start = Stopwatch.GetTimestamp();
            document = Guarded(Steps[i], document);
            stats[i].Record(document, Stopwatch.GetTimestamp() - start);
        }
        return document;
    }

    static Document Guarded(IPipelineStep step, Document document)
    {
        try
        {
            return step.Process(document);
        }
        catch (OutOfMemoryException)
        {
            // The page's own allocations are garbage once we are here: one page must not end the run.
            return document.Drop(step.Name, "page needs more memory than is available to process it (OutOfMemoryException)");
        }
        catch (InsufficientExecutionStackException)
        {
            return document.Drop(step.Name, "page nests too deep to process (InsufficientExecutionStackException)");
        }
        catch (Exception e)
        {
            return document.Drop(step.Name, $"internal error in processing: {e.GetType().Name}: {e.Message}");
        }
    }
}
