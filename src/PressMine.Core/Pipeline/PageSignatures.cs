using PressMine.Dedup;
using PressMine.Records;

namespace PressMine.Pipeline;

/// <summary>
/// The dedup signatures of one <see cref="DedupStep"/>, computed by the per-page workers as each page is done and
/// kept by article id (the last one given for an id wins), so the dedup step neither reads the bodies back from the
/// checkpoint nor signs them after the per-page stage. The first <c>memoryLimit</c> stay in memory, the rest spill.
/// </summary>
sealed class PageSignatures(DedupStep step, int memoryLimit, string spillDirectory) : IDisposable
{
    readonly object gate = new();
    readonly SignatureSet set = new(memoryLimit, spillDirectory);
    readonly Dictionary<string, int> indexById = new(StringComparer.Ordinal);

    /// <summary>The step whose signatures these are.</summary>
    public DedupStep Step => step;

    /// <summary>Signs a kept article on the calling thread and keeps its signature.</summary>
    public void Add(Article article)
    {
        var signature = step.Sign(article);
        lock (gate)
        {
            indexById[signature.Id] = set.Count;
            set.Add(signature);
        }
    }

    /// <summary>The signature of the article with this id; null when none was added.</summary>
    public DedupSignature? For(string id)
    {
        lock (gate) return indexById.TryGetValue(id, out int index) ? set[index] : null;
    }

    public void Dispose() => set.Dispose();
}
