namespace PressMine.Crawl;

/// <summary>What a URL is expected to be; Robots entries are fetched before a host's first page and never journaled.</summary>
public enum EntryKind
{
    /// <summary>An HTML page: archived and its links followed.</summary>
    Page,
    /// <summary>A sitemap or sitemap index: its URLs are queued.</summary>
    Sitemap,
    /// <summary>An RSS or Atom feed: its item links are queued.</summary>
    Feed,
    /// <summary>A host's robots.txt.</summary>
    Robots,
}

/// <summary>A URL waiting to be fetched and how it was reached.</summary>
/// <param name="Depth">Links followed from a seed.</param>
/// <param name="ShapeChain">How many pages of this URL's shape led here in a row (see <see cref="UrlScope.ShapeOf"/>).</param>
/// <param name="Hops">Redirects followed to reach this URL.</param>
internal sealed record FrontierEntry(Uri Url, EntryKind Kind, int Depth, int ShapeChain, int Hops);

/// <summary>Validators of an earlier fetch, for a conditional GET.</summary>
internal sealed record Validators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}
