using PressMine.Records;

namespace PressMine.Sources;

/// <summary>Yields input pages one at a time; a page that cannot be read still comes out, with <see cref="RawPage.ReadError"/>.</summary>
public interface IPageSource
{
    IEnumerable<RawPage> Read(CancellationToken cancel = default);
}
