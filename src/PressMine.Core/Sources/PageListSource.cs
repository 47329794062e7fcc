using PressMine.Records;

namespace PressMine.Sources;

/// <summary>Pages the caller already holds — fetched by a crawler of their own, read from a database — as a source.</summary>
public sealed class PageListSource(IEnumerable<RawPage> pages) : IPageSource
{
    /// <inheritdoc/>
    public IEnumerable<RawPage> Read(CancellationToken cancel = default)
    {
        foreach (var page in pages)
        {
            cancel.ThrowIfCancellationRequested();
            yield return page;
        }
    }
}
