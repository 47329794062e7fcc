using PressMine.Records;

namespace PressMine.Sources;

/// <summary>Yields input pages one at a time; a page that cannot be read still comes out, with <see cref="RawPage.ReadError"/>.</summary>
public interface IPageSource
{
    /// <summary>Pages in input order, read lazily as the caller enumerates.</summary>
    IEnumerable<RawPage> Read(CancellationToken cancel = default);
}
