using System.Text.RegularExpressions;

namespace PressMine.Crawl;

/// <summary>Decides whether a discovered URL is worth queueing: address policy, same-site scope, include/exclude patterns, traps.</summary>
internal sealed partial class UrlScope(CrawlOptions options, AddressPolicy addresses)
{
    readonly HashSet<string> siteHosts = options.Seeds.Select(s => SiteOf(s.IdnHost)).ToHashSet(StringComparer.OrdinalIgnoreCase);
    /// <summary>A page may not send the crawler to another service on the site's machine (e.g. :6379): only the seeds' ports and 80/443.</summary>
    readonly HashSet<int> sitePorts = options.Seeds.Select(s => s.Port).Concat([80, 443]).ToHashSet();

    /// <summary>The seed host without "www.": pages on it and on its subdomains are in scope.</summary>
    static string SiteOf(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    public bool IsOnSite(Uri url)
    {
        var host = url.IdnHost;
        return siteHosts.Contains(SiteOf(host)) || siteHosts.Any(s => host.EndsWith("." + s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Null when the link may be queued; otherwise why not.</summary>
    public string? Refuse(Uri url, int depth, int shapeChain)
    {
        if (addresses.RefuseLiteral(url) is { } privateReason) return privateReason;
        if (SiteReason(url) is { } siteReason) return siteReason;
        if (PatternReason(url.AbsoluteUri) is { } patternReason) return patternReason;
        if (depth > options.MaxDepth) return $"depth {depth} > {options.MaxDepth}";
        return TrapReason(url, shapeChain);
    }

    /// <summary>Where a redirect of robots.txt may lead: the address and site checks of a page (patterns and depth are for pages).</summary>
    public string? RefuseRedirectTarget(Uri url) => addresses.RefuseLiteral(url) ?? SiteReason(url);

    string? SiteReason(Uri url) =>
        !IsOnSite(url) ? "off-site" : sitePorts.Contains(url.Port) ? null : $"off-site: port {url.Port} is not a seed's port";

    /// <summary>A user's pattern that backtracks too long on a hostile URL refuses it rather than ending the crawl.</summary>
    string? PatternReason(string text)
    {
        try
        {
            if (options.Exclude.FirstOrDefault(r => r.IsMatch(text)) is { } excluded) return $"excluded by pattern {excluded}";
            if (options.Include.Count > 0 && !options.Include.Any(r => r.IsMatch(text))) return "matches no include pattern";
            return null;
        }
        catch (RegexMatchTimeoutException e)
        {
            return $"pattern {e.Pattern} timed out on this URL";
        }
    }

    string? TrapReason(Uri url, int shapeChain)
    {
        if (url.AbsoluteUri.Length > options.MaxUrlLength) return $"trap: URL longer than {options.MaxUrlLength}";
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > options.MaxPathSegments) return $"trap: more than {options.MaxPathSegments} path segments";
        var repeated = segments.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > options.MaxRepeatedSegment);
        if (repeated is not null) return $"trap: path segment '{repeated.Key}' repeats {repeated.Count()} times";
        foreach (Match m in YearPattern().Matches(url.PathAndQuery))
        {
            int year = int.Parse(m.Value);
            if (year < 1990 || year > DateTime.UtcNow.Year + 1) return $"trap: calendar date in year {year}";
        }
        if (shapeChain > options.MaxSameShapeChain) return $"trap: calendar or paging loop ({shapeChain} pages of one URL shape in a row)";
        return null;
    }

    /// <summary>The URL with digit runs folded, so /cal?d=2024-05-01 and /cal?d=2024-05-02 have one shape.</summary>
    public static string ShapeOf(Uri url) => Digits().Replace(url.IdnHost + url.AbsolutePath + url.Query, "#");

    [GeneratedRegex(@"(?<!\d)(1[0-9]{3}|2[0-9]{3})(?=([-/_.]?(0[1-9]|1[0-2]))(\D|$))")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
