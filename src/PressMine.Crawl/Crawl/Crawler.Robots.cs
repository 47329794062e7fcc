namespace PressMine.Crawl;

/// <summary>The crawl loop's handling of robots.txt answers (RFC 9309 §2.3.1), redirects included.</summary>
public sealed partial class Crawler
{
    /// <summary>
    /// RFC 9309 §2.3.1: 2xx parse; redirects followed (up to the limit) when the target passes the page checks (address
    /// policy, on site); 4xx, and a redirect not followed, allow all; 5xx and unreachable disallow all.
    /// </summary>
    void SettleRobots(HostState host, FrontierEntry entry, FetchResult result)
    {
        if (result.Refused && entry.Hops == 0) { host.RefusedReason = result.Error; return; }
        if (result.Refused) Refuse(entry.Url, $"robots.txt redirect: {result.Error}");
        else if (result.IsRedirect && FollowRobotsRedirect(host, entry, result)) return;
        host.Robots = result.Status switch
        {
            _ when result.Refused => RobotsTxt.AllowAll,
            >= 200 and < 300 => RobotsTxt.Parse(result.Body, options.ProductToken),
            >= 300 and < 500 => RobotsTxt.AllowAll,
            _ => RobotsTxt.Unreachable,
        };
        if (host.Robots.CrawlDelay is { } crawlDelay)
        {
            var capped = crawlDelay > options.MaxCrawlDelay ? options.MaxCrawlDelay : crawlDelay;
            if (capped > host.Delay) host.Delay = capped;
            host.NextAllowed = DateTimeOffset.UtcNow + host.Delay;
        }
        if (!options.DiscoverSitemaps || !options.Seeds.Any(s => s.Authority == host.Authority)) return;
        var sitemaps = host.Robots.Sitemaps.Select(s => Resolve(s, entry.Url, "robots.txt sitemap: ")).OfType<Uri>().ToList();
        if (sitemaps.Count == 0) sitemaps.Add(new Uri(entry.Url, "/sitemap.xml"));
        foreach (var sitemap in sitemaps) Offer(sitemap, EntryKind.Sitemap, 0, 0, 0);
    }

    /// <summary>Queues the next robots.txt hop at the head of the host's queue; false when the redirect is not followed (recorded why).</summary>
    bool FollowRobotsRedirect(HostState host, FrontierEntry entry, FetchResult result)
    {
        if (Resolve(result.Header("Location"), entry.Url, "robots.txt redirect: ") is not { } target) return false;
        var reason = entry.Hops >= options.MaxRedirects ? $"redirect limit: more than {options.MaxRedirects} hops" : scope.RefuseRedirectTarget(target);
        if (reason is not null)
        {
            Refuse(target, $"robots.txt redirect: {reason}");
            return false;
        }
        host.Queue.AddFirst(entry with { Url = target, Hops = entry.Hops + 1 });
        return true;
    }
}
