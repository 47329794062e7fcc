namespace PressMine.Crawl;

/// <summary>One host's progress: pages fetched so far and the rate since its first fetch, in pages per minute.</summary>
public sealed record HostRate(string Host, int Fetched, double PerMinute);

/// <summary>A snapshot for progress displays: counts so far in this run, <c>Seconds</c> since it started, and per-host rates.</summary>
public sealed record CrawlProgress(int Fetched, int Queued, int Failed, int Refused, double Seconds, IReadOnlyList<HostRate> Hosts);

/// <summary>One request as it went: the attempt number counts retries of the same URL (1 = first).</summary>
public sealed record FetchLogEntry(Uri Url, EntryKind Kind, int Attempt, DateTimeOffset StartedAt, int Status, string? Error);

/// <summary>A URL that was not fetched and the reason (scope, robots.txt, address policy, trap limits).</summary>
public sealed record RefusedUrl(Uri Url, string Reason);

/// <summary>A link that is no URL we could crawl (malformed, too long), as written (shortened) and why.</summary>
public sealed record BadLink(string Href, string Reason);

/// <summary>What one crawl run did.</summary>
/// <param name="Requests">Every request made, retries included, in the order they were started.</param>
/// <param name="Refused">URLs not fetched, with the reason.</param>
/// <param name="BadLinks">Links found that could not be turned into a crawlable URL.</param>
/// <param name="WarcFiles">Paths of the WARC files written by this run.</param>
/// <param name="Connections">"host:port" of every connection opened, one entry per connection, in order.</param>
/// <param name="Fetched">Fetches completed in this run (robots.txt and retried attempts not counted).</param>
/// <param name="Failed">Fetches of this run that ended without a response or with an HTTP status of 400 or more.</param>
/// <param name="Resumed">Fetches an earlier, interrupted run had completed.</param>
/// <param name="ReachedMaxPages">True when the fetch count across runs reached <see cref="CrawlOptions.MaxPages"/>.</param>
/// <param name="Seconds">Wall-clock duration of the run.</param>
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
