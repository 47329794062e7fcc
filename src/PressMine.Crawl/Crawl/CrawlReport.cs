namespace PressMine.Crawl;

public sealed record HostRate(string Host, int Fetched, double PerMinute);

/// <summary>A snapshot for progress displays.</summary>
public sealed record CrawlProgress(int Fetched, int Queued, int Failed, int Refused, double Seconds, IReadOnlyList<HostRate> Hosts);

/// <summary>One request as it went: the attempt number counts retries of the same URL (1 = first).</summary>
public sealed record FetchLogEntry(Uri Url, EntryKind Kind, int Attempt, DateTimeOffset StartedAt, int Status, string? Error);

public sealed record RefusedUrl(Uri Url, string Reason);

/// <summary>A link that is no URL we could crawl (malformed, too long), as written (shortened) and why.</summary>
public sealed record BadLink(string Href, string Reason);

/// <summary>What one crawl run did.</summary>
/// <param name="Fetched">Fetches completed in this run (robots.txt and retried attempts not counted).</param>
/// <param name="Resumed">Fetches an earlier, interrupted run had completed.</param>
public sealed record CrawlResult(
    IReadOnlyList<FetchLogEntry> Requests,
    IReadOnlyList<RefusedUrl> Refused,
    IReadOnlyList<BadLink> BadLinks,
    IReadOnlyList<string> WarcFiles,
    IReadOnlyCollection<string> Connections,
    int Fetched,
    int Failed,
    int Resumed,
    bool ReachedMaxPages,
    double Seconds);
