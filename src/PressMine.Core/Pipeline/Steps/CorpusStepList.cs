using System.Diagnostics;
using PressMine.Records;

namespace PressMine.Pipeline;

/// <summary>
/// The corpus steps in order, with their stats. Each step reads the articles the earlier ones left kept; an article
/// marked twice keeps the first mark.
/// </summary>
public sealed class CorpusStepList
{
    /// <summary>The reason a corpus step's duplicates are counted under in its stats.</summary>
    public const string DuplicateReason = "duplicate";

    readonly List<StepReport> reports = [];
    readonly Dictionary<string, string> markedBy = new(StringComparer.Ordinal);

    /// <param name="steps">Run in this order, after every per-page step.</param>
    public CorpusStepList(IEnumerable<ICorpusStep> steps) => Steps = steps.ToList();

    /// <summary>No corpus step: every kept article stays kept.</summary>
    public static CorpusStepList None => new([]);

    /// <summary>The steps in the order they run.</summary>
    public IReadOnlyList<ICorpusStep> Steps { get; }

    /// <summary>The steps and their options, as the manifest records them.</summary>
    public IReadOnlyList<StepDescription> Describe() => Steps.Select(s => new StepDescription(s.Name, s.Options)).ToList();

    /// <summary>Per-step counts and time of the last <see cref="Run"/>.</summary>
    public IReadOnlyList<StepReport> Reports() => reports.ToList();

    /// <summary>The name of the step that marked the article in the last <see cref="Run"/>; null when none did.</summary>
    public string? MarkedBy(string articleId) => markedBy.GetValueOrDefault(articleId);

    /// <summary>Runs every step; returns the union of their marks and their counts.</summary>
    /// <param name="keptArticlesById">Gives the kept articles in ordinal id order; called once per step.</param>
    public CorpusDecisions Run(Func<IEnumerable<Article>> keptArticlesById, string workDirectory, string? previousDataset,
        CancellationToken cancel = default) =>
        Run(kept => keptArticlesById().Where(a => kept(a.Id)), null, [], workDirectory, previousDataset, cancel);

    /// <summary>Runs every step over articles given by id: a step reads an article through <paramref name="read"/> only
    /// if it asks for the articles, and a dedup step with signatures in <paramref name="signatures"/> does not.</summary>
    /// <param name="keptIdsById">The kept ids in ordinal order; called once per step.</param>
    internal CorpusDecisions Run(Func<IEnumerable<string>> keptIdsById, Func<string, Article> read, IReadOnlyList<PageSignatures> signatures,
        string workDirectory, string? previousDataset, CancellationToken cancel = default) =>
        Run(kept => keptIdsById().Where(kept).Select(read), kept => keptIdsById().Where(kept), signatures, workDirectory, previousDataset, cancel);

    CorpusDecisions Run(Func<Func<string, bool>, IEnumerable<Article>> articles, Func<Func<string, bool>, IEnumerable<string>>? ids,
        IReadOnlyList<PageSignatures> signatures, string workDirectory, string? previousDataset, CancellationToken cancel)
    {
        reports.Clear();
        markedBy.Clear();
        var duplicates = new Dictionary<string, string>(StringComparer.Ordinal);
        var rejected = new Dictionary<string, string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        bool Kept(string id) => !duplicates.ContainsKey(id) && !rejected.ContainsKey(id);
        foreach (var step in Steps)
        {
            cancel.ThrowIfCancellationRequested();
            long articlesRead = 0, idsRead = 0, start = Stopwatch.GetTimestamp();
            var input = new CorpusInput(Counted(articles(Kept), () => articlesRead++), workDirectory)
            {
                PreviousDataset = previousDataset,
                IdsById = ids is null ? null : Counted(ids(Kept), () => idsRead++),
                Signatures = signatures.FirstOrDefault(s => s.Step == step),
            };
            var decided = step.Decide(input, cancel);
            var byReason = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var (id, canonical) in decided.Duplicates)
                if (!rejected.ContainsKey(id) && duplicates.TryAdd(id, canonical)) Mark(id, DuplicateReason);
            foreach (var (id, reason) in decided.Rejected)
                if (!duplicates.ContainsKey(id) && rejected.TryAdd(id, reason)) Mark(id, reason);
            foreach (var (key, value) in decided.Counts) counts[key] = value;
            reports.Add(new StepReport(step.Name, Math.Max(articlesRead, idsRead), byReason.Values.Sum(), byReason,
                Math.Round((double)(Stopwatch.GetTimestamp() - start) / Stopwatch.Frequency, 3)));

            void Mark(string id, string reason)
            {
                byReason[reason] = byReason.GetValueOrDefault(reason) + 1;
                markedBy[id] = step.Name;
            }
        }
        return new CorpusDecisions { Duplicates = duplicates, Rejected = rejected, Counts = counts };
    }

    static IEnumerable<T> Counted<T>(IEnumerable<T> items, Action counted)
    {
        foreach (var item in items) { counted(); yield return item; }
    }
}
