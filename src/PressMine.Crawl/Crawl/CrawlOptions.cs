using System.Text.RegularExpressions;

namespace PressMine.Crawl;

/// <summary>Everything a crawl is told. Times and sizes have defaults that are polite to a small news site.</summary>
public sealed record CrawlOptions
{
    /// <summary>Start URLs (depth 0); their hosts define the site the crawl stays on.</summary>
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
    /// <summary>Upper limit on a robots.txt Crawl-delay; a site asking for more gets this gap.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Requests in flight across all hosts (never more than one per host).</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>When not empty, only URLs matching at least one of these are fetched (seeds included).</summary>
    public IReadOnlyList<Regex> Include { get; init; } = [];
    /// <summary>URLs matching any of these are refused, even when an include pattern matches.</summary>
    public IReadOnlyList<Regex> Exclude { get; init; } = [];
    /// <summary>Hosts that may resolve to private/loopback/link-local addresses; "*" for any.</summary>
    public IReadOnlySet<string> AllowPrivateHosts { get; init; } = new HashSet<string>();

    /// <summary>The name matched against robots.txt User-agent groups.</summary>
    public string ProductToken { get; init; } = "PressMine";
    /// <summary>The User-Agent header sent with every request.</summary>
    public string UserAgent { get; init; } = "PressMine/1.0 (research crawler; polite; robots.txt honoured)";

    /// <summary>Further attempts after a transient failure (no response, 429, 5xx); 0 tries each URL once.</summary>
    public int MaxRetries { get; init; } = 3;
    /// <summary>First backoff before a retry; doubled with each further attempt unless Retry-After says otherwise.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);
    /// <summary>A Retry-After longer than this is cut to it.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Redirects followed from one URL before it is given up.</summary>
    public int MaxRedirects { get; init; } = 5;
    /// <summary>Time allowed for one request, headers and body together.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Body bytes kept per response; longer bodies are cut and recorded as truncated.</summary>
    public long MaxResponseBytes { get; init; } = 10L << 20;

    /// <summary>Canonical URLs longer than this (characters) are refused as likely traps.</summary>
    public int MaxUrlLength { get; init; } = 512;
    /// <summary>Links longer than this are refused without being parsed.</summary>
    public int MaxLinkLength { get; init; } = UrlCanonicalizer.DefaultMaxLinkLength;
    /// <summary>URLs with more path segments than this are refused.</summary>
    public int MaxPathSegments { get; init; } = 12;
    /// <summary>How often one path segment may occur in a URL before it is refused (catches /a/b/a/b/... loops).</summary>
    public int MaxRepeatedSegment { get; init; } = 2;
    /// <summary>Longest chain of pages of one URL shape (digits ignored) each found on the previous: stops calendar loops and endless paging.</summary>
    public int MaxSameShapeChain { get; init; } = 20;

    /// <summary>Look for sitemaps (robots.txt Sitemap lines, else /sitemap.xml) on the seeds' hosts.</summary>
    public bool DiscoverSitemaps { get; init; } = true;
    /// <summary>Revisit every page fetched before, with If-None-Match / If-Modified-Since.</summary>
    public bool Recrawl { get; init; }
    /// <summary>A new WARC file is started once the current one reaches this size in bytes.</summary>
    public long WarcRotateBytes { get; init; } = 1L << 30;
}
