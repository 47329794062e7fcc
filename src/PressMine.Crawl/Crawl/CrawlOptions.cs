using System.Text.RegularExpressions;

namespace PressMine.Crawl;

/// <summary>Everything a crawl is told. Times and sizes have defaults that are polite to a small news site.</summary>
public sealed record CrawlOptions
{
    public required IReadOnlyList<Uri> Seeds { get; init; }
    /// <summary>Where WARC files go (created).</summary>
    public required string WarcDir { get; init; }
    /// <summary>Where the frontier journal lives; the same directory on a rerun resumes the crawl.</summary>
    public required string StateDir { get; init; }

    /// <summary>Fetches in total across runs (robots.txt not counted).</summary>
    public int MaxPages { get; init; } = 1000;
    /// <summary>Links followed from a seed; seeds are depth 0.</summary>
    public int MaxDepth { get; init; } = 10;
    /// <summary>Minimum gap between the end of one request to a host and the start of the next; robots.txt crawl-delay can raise it.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Requests in flight across all hosts (never more than one per host).</summary>
    public int Concurrency { get; init; } = 4;

    public IReadOnlyList<Regex> Include { get; init; } = [];
    public IReadOnlyList<Regex> Exclude { get; init; } = [];
    /// <summary>Hosts that may resolve to private/loopback/link-local addresses; "*" for any.</summary>
    public IReadOnlySet<string> AllowPrivateHosts { get; init; } = new HashSet<string>();

    public string ProductToken { get; init; } = "PressMine";
    public string UserAgent { get; init; } = "PressMine/1.0 (research crawler; polite; robots.txt honoured)";

    public int MaxRetries { get; init; } = 3;
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);
    /// <summary>A Retry-After longer than this is cut to it.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);
    public int MaxRedirects { get; init; } = 5;
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public long MaxResponseBytes { get; init; } = 10L << 20;

    public int MaxUrlLength { get; init; } = 512;
    /// <summary>Links longer than this are refused without being parsed.</summary>
    public int MaxLinkLength { get; init; } = UrlCanonicalizer.DefaultMaxLinkLength;
    public int MaxPathSegments { get; init; } = 12;
    public int MaxRepeatedSegment { get; init; } = 2;
    /// <summary>Longest chain of pages of one URL shape (digits ignored) each found on the previous: stops calendar loops and endless paging.</summary>
    public int MaxSameShapeChain { get; init; } = 20;

    /// <summary>Look for sitemaps (robots.txt Sitemap lines, else /sitemap.xml) on the seeds' hosts.</summary>
    public bool DiscoverSitemaps { get; init; } = true;
    /// <summary>Revisit every page fetched before, with If-None-Match / If-Modified-Since.</summary>
    public bool Recrawl { get; init; }
    public long WarcRotateBytes { get; init; } = 1L << 30;
}
