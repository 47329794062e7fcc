using System.Diagnostics;
using PressMine.Sources;

namespace PressMine.Crawl;

/// <summary>
/// The crawl loop. One scheduler owns all state: it starts fetches on ready hosts (one per host, at most
/// <see cref="CrawlOptions.Concurrency"/> in all), and handles each result — WARC, journal, retry, redirect, links.
/// Retries go back through the host's politeness clock instead of sleeping in a worker, so a Retry-After or a backoff
/// slows that host only and every attempt still respects the per-host delay.
/// </summary>
public sealed partial class Crawler(CrawlOptions options)
{
    readonly AddressPolicy addresses = new(options.AllowPrivateHosts);
    readonly Dictionary<string, HostState> hosts = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, int> attempts = new();
    readonly List<FetchLogEntry> requests = [];
    readonly List<RefusedUrl> refused = [];
    readonly List<BadLink> badLinks = [];
    HashSet<string> seen = [];
    Dictionary<string, Validators> validators = [];
    UrlScope scope = null!;
    FrontierJournal journal = null!;
    WarcFileSet warcs = null!;
    int fetchedTotal, fetchedNow, failed;

    /// <summary>The frontier journal file inside a state directory; keep it to resume, delete it to start over.</summary>
    public static string JournalPath(string stateDir) => Path.Combine(stateDir, "frontier.journal");

    /// <summary>Crawls until the frontier is empty or MaxPages is reached. Cancelling throws, leaving the journal so a rerun resumes.</summary>
    public async Task<CrawlResult> RunAsync(IProgress<CrawlProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        scope = new UrlScope(options, addresses);
        var path = JournalPath(options.StateDir);
        var state = FrontierJournal.Replay(path);
        using var journalFile = journal = new FrontierJournal(path);
        using var warcFiles = warcs = new WarcFileSet(options.WarcDir, "pressmine", options.WarcRotateBytes);
        using var fetcher = new PageFetcher(options, addresses);
        validators = state.Validators;
        int resumed = 0;
        if (options.Recrawl)
        {
            journal.NewGeneration();
            foreach (var seed in options.Seeds) Offer(seed, EntryKind.Page, 0, 0, 0);
            foreach (var e in state.DoneEntries.Concat(state.Queue)) Offer(e.Url, e.Kind, e.Depth, e.ShapeChain, e.Hops);
        }
        else
        {
            seen = state.Seen;
            resumed = fetchedTotal = state.Fetched;
            foreach (var e in state.Queue) Enqueue(e, journaled: true);
            foreach (var seed in options.Seeds) Offer(seed, EntryKind.Page, 0, 0, 0);
        }

        var inFlight = new Dictionary<Task<FetchResult>, (HostState Host, FrontierEntry Entry)>();
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            var now = DateTimeOffset.UtcNow;
            while (inFlight.Count < options.Concurrency && CanFetchMore(inFlight.Values.Count(v => v.Entry.Kind != EntryKind.Robots))
                   && NextReadyHost(now) is { } host)
            {
                var entry = host.Queue.First!.Value;
                host.Queue.RemoveFirst();
                if (entry.Kind != EntryKind.Robots && host.RefusedReason is { } hostRefused)
                {
                    Refuse(entry.Url, hostRefused);
                    continue;
                }
                if (entry.Kind != EntryKind.Robots && host.Robots?.IsAllowed(entry.Url) == false)
                {
                    Refuse(entry.Url, "robots.txt disallows");
                    continue;
                }
                host.Busy = true;
                validators.TryGetValue(entry.Url.AbsoluteUri, out var known);
                inFlight[fetcher.FetchAsync(entry.Url, options.Recrawl ? known : null, cancel)] = (host, entry);
            }
            if (inFlight.Count == 0)
            {
                var waiting = hosts.Values.Where(h => h.Queue.Count > 0).ToList();
                if (waiting.Count == 0 || !CanFetchMore(0)) break;
                await Task.Delay(Until(waiting.Min(h => h.NextAllowed)), cancel);
                continue;
            }
            var nextHost = hosts.Values.Where(h => !h.Busy && h.Queue.Count > 0).Select(h => h.NextAllowed).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            using (var wakeCancel = CancellationTokenSource.CreateLinkedTokenSource(cancel))
            {
                var wake = nextHost == DateTimeOffset.MaxValue || inFlight.Count >= options.Concurrency
                    ? Task.Delay(Timeout.Infinite, wakeCancel.Token) : Task.Delay(Until(nextHost), wakeCancel.Token);
                await Task.WhenAny(inFlight.Keys.Cast<Task>().Append(wake));
                wakeCancel.Cancel();
            }
            foreach (var done in inFlight.Keys.Where(t => t.IsCompleted).ToList())
            {
                var (host, entry) = inFlight[done];
                inFlight.Remove(done);
                Handle(host, entry, await done);
                progress?.Report(Snapshot(clock.Elapsed.TotalSeconds));
            }
        }
        return new CrawlResult(requests, refused, badLinks, warcs.Files, fetcher.Connections, fetchedNow, failed, resumed,
            !CanFetchMore(0), clock.Elapsed.TotalSeconds);
    }

    bool CanFetchMore(int pending) => fetchedTotal + pending < options.MaxPages;

    static TimeSpan Until(DateTimeOffset when)
    {
        var wait = when - DateTimeOffset.UtcNow;
        return wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait;
    }

    HostState? NextReadyHost(DateTimeOffset now) =>
        hosts.Values.Where(h => h.IsReady(now)).OrderBy(h => h.NextAllowed).FirstOrDefault();

    HostState HostFor(Uri url)
    {
        if (hosts.TryGetValue(url.Authority, out var host)) return host;
        host = hosts[url.Authority] = new HostState(url.Authority, options.Delay);
        host.Queue.AddFirst(new FrontierEntry(new Uri(url, "/robots.txt"), EntryKind.Robots, 0, 0, 0));
        return host;
    }

    /// <summary>Queues a URL seen for the first time, or records why it is refused.</summary>
    void Offer(Uri url, EntryKind kind, int depth, int chain, int hops)
    {
        if (!seen.Add(url.AbsoluteUri)) return;
        if (scope.Refuse(url, depth, chain) is { } reason) { Refuse(url, reason); return; }
        Enqueue(new FrontierEntry(url, kind, depth, chain, hops), journaled: false);
    }

    void Enqueue(FrontierEntry entry, bool journaled)
    {
        if (!journaled) journal.Queued(entry);
        HostFor(entry.Url).Queue.AddLast(entry);
    }

    void Refuse(Uri url, string reason)
    {
        journal.Refused(url, reason);
        refused.Add(new RefusedUrl(url, reason));
    }

    /// <summary>Records a link that is not a URL we can crawl (malformed, too long): journaled once, shown shortened.</summary>
    void RefuseLink(string href, string reason)
    {
        var shown = href.Length <= MaxShownLink ? href : href[..MaxShownLink] + "…";
        if (!seen.Add(shown)) return;
        journal.Refused(shown, reason);
        badLinks.Add(new BadLink(shown, reason));
    }

    const int MaxShownLink = 200;

    /// <summary>A link's canonical URL; a link that cannot be one is recorded with why (prefixed with <paramref name="context"/>).</summary>
    Uri? Resolve(string? href, Uri baseUrl, string context = "")
    {
        var resolution = UrlCanonicalizer.Resolve(href, baseUrl, options.MaxLinkLength);
        if (resolution.Problem is { } problem) RefuseLink(href!, context + problem);
        return resolution.Url;
    }

    void Handle(HostState host, FrontierEntry entry, FetchResult result)
    {
        var now = DateTimeOffset.UtcNow;
        host.Busy = false;
        host.NextAllowed = now + host.Delay;
        var key = entry.Url.AbsoluteUri;
        int attempt = attempts.GetValueOrDefault(key) + 1;
        requests.Add(new FetchLogEntry(entry.Url, entry.Kind, attempt, result.StartedAt, result.Status, result.Error));
        Archive(result);

        if (result.IsTransient && attempt <= options.MaxRetries)
        {
            attempts[key] = attempt;
            var wait = result.RetryAfter ?? Backoff(attempt);
            if (now + wait > host.NextAllowed) host.NextAllowed = now + wait;
            host.Queue.AddFirst(entry);
            return;
        }
        attempts.Remove(key);
        if (entry.Kind == EntryKind.Robots) { SettleRobots(host, entry, result); return; }

        fetchedTotal++;
        fetchedNow++;
        host.Fetched++;
        host.FirstFetch ??= result.StartedAt;
        if (result.Refused) { Refuse(entry.Url, result.Error!); return; }
        if (!result.HasResponse || result.Status >= 400) failed++;
        var fresh = new Validators(result.Header("ETag"), result.Header("Last-Modified"));
        journal.Done(entry.Url, result.Status, result.Status == 304 ? validators.GetValueOrDefault(key) ?? fresh : fresh);

        if (result.IsRedirect && Resolve(result.Header("Location"), entry.Url, "redirect: ") is { } target)
        {
            if (entry.Hops + 1 > options.MaxRedirects) Refuse(target, $"redirect limit: more than {options.MaxRedirects} hops");
            else Offer(target, entry.Kind, entry.Depth, entry.ShapeChain, entry.Hops + 1);
            return;
        }
        if (result.Status is < 200 or >= 300) return;
        var (links, baseUrl) = LinkExtractor.Extract(entry.Url, result.Body, result.Header("Content-Type"));
        var shape = UrlScope.ShapeOf(entry.Url);
        foreach (var link in links)
        {
            if (Resolve(link.Href, baseUrl) is not { } url) continue;
            int chain = UrlScope.ShapeOf(url) == shape ? entry.ShapeChain + 1 : 0;
            Offer(url, link.Kind, entry.Depth + 1, chain, 0);
        }
    }

    void Archive(FetchResult result)
    {
        if (!result.HasResponse) return;
        var writer = warcs.Writer;
        if (result.Status == 304) writer.WriteNotModified(result.Url, result.StartedAt, result.RequestHead, result.ResponseHead);
        else writer.WriteExchange(result.Url, result.StartedAt, result.RequestHead, result.ResponseHead, result.Body, result.Truncated ? "length" : null);
    }

    /// <summary>Exponential backoff with equal jitter: half the doubled delay fixed, half random.</summary>
    TimeSpan Backoff(int attempt)
    {
        var full = options.RetryBaseDelay * Math.Pow(2, attempt - 1);
        return full / 2 + full / 2 * Random.Shared.NextDouble();
    }

    CrawlProgress Snapshot(double seconds)
    {
        var now = DateTimeOffset.UtcNow;
        return new CrawlProgress(fetchedTotal, hosts.Values.Sum(h => h.Queue.Count), failed, refused.Count + badLinks.Count, seconds,
            hosts.Values.Where(h => h.Fetched > 0).Select(h => new HostRate(h.Authority, h.Fetched, h.Rate(now))).ToList());
    }
}
