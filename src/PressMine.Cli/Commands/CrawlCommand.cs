using System.CommandLine;
using System.Text.RegularExpressions;
using PressMine.Crawl;
using PressMine.Extract;
using PressMine.Pipeline;
using PressMine.Sink;
using Spectre.Console;
using PressMine.Places;

namespace PressMine.Cli.Commands;

/// <summary>`pressmine crawl`: crawl into &lt;out&gt;/warc, keep the frontier in &lt;out&gt;/crawl, then run the pipeline into &lt;out&gt;/dataset.</summary>
public static class CrawlCommand
{
    public static Command Create()
    {
        var seeds = new Argument<string[]>("seed-url") { Arity = ArgumentArity.ZeroOrMore, Description = "Start URLs; their hosts (and subdomains) are the crawl's scope" };
        var sites = new Option<string?>("--sites") { Description = "File of seed URLs, one a line (# comments)" };
        var outDir = new Option<string>("--out", "-o") { Description = "Output directory: warc/, crawl/ (frontier journal), dataset/", DefaultValueFactory = _ => "crawl-out" };
        var maxPages = new Option<int>("--max-pages") { Description = "Fetches in total, across resumed runs", DefaultValueFactory = _ => 1000 };
        var maxDepth = new Option<int>("--max-depth") { Description = "Links followed from a seed", DefaultValueFactory = _ => 10 };
        var delay = new Option<int>("--delay-ms") { Description = "Per-host gap between requests (robots.txt crawl-delay can raise it)", DefaultValueFactory = _ => 1000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight across hosts (one per host)", DefaultValueFactory = _ => 4 };
        var include = new Option<string[]>("--include") { Description = "Regex a URL must match (any of them)", AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string[]>("--exclude") { Description = "Regex that excludes a URL", AllowMultipleArgumentsPerToken = true };
        var allowPrivate = new Option<string[]>("--allow-private") { Description = "Host allowed to be private/loopback/link-local (e.g. 127.0.0.1; * for any)", AllowMultipleArgumentsPerToken = true };
        var timeout = new Option<int>("--timeout-ms") { Description = "Per-request timeout", DefaultValueFactory = _ => 30_000 };
        var retries = new Option<int>("--retries") { Description = "Retries on timeouts, 5xx and 429", DefaultValueFactory = _ => 3 };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Size cap per response (longer bodies are truncated and marked)", DefaultValueFactory = _ => 10L << 20 };
        var recrawl = new Option<bool>("--recrawl") { Description = "Revisit every page fetched before, with conditional GET" };
        var noSitemaps = new Option<bool>("--no-sitemaps") { Description = "Do not look for sitemaps" };
        var noProcess = new Option<bool>("--no-process") { Description = "Only crawl; do not run the pipeline" };
        var format = new Option<string[]>("--format") { Description = "Extra dataset formats: jsonl, csv", AllowMultipleArgumentsPerToken = true };
        var command = new Command("crawl", "Crawl news sites politely into WARC, then run the pipeline on what was fetched")
            { seeds, sites, outDir, maxPages, maxDepth, delay, concurrency, include, exclude, allowPrivate, timeout, retries, maxBytes, recrawl, noSitemaps, noProcess, format };
        command.SetAction(async (parse, cancel) =>
        {
            var given = (parse.GetValue(seeds) ?? []).ToList();
            if (parse.GetValue(sites) is { } sitesFile)
            {
                if (!File.Exists(sitesFile)) { Console.Error.WriteLine($"error: sites file not found: {sitesFile}"); return ExitCodes.UsageError; }
                given.AddRange(File.ReadLines(sitesFile).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0));
            }
            if (given.Count == 0) { Console.Error.WriteLine("error: give at least one seed URL (or --sites FILE)"); return ExitCodes.UsageError; }
            var allowed = (parse.GetValue(allowPrivate) ?? []).Select(h => h.ToLowerInvariant()).ToHashSet();
            var policy = new AddressPolicy(allowed);
            var seedUrls = new List<Uri>();
            foreach (var s in given)
            {
                var resolution = UrlCanonicalizer.Resolve(s, null);
                if (resolution.Url is not { } url)
                {
                    Console.Error.WriteLine($"error: not an http(s) URL: {s}{(resolution.Problem is { } problem ? $" ({problem})" : "")}");
                    return ExitCodes.UsageError;
                }
                if (policy.RefuseLiteral(url) is { } reason)
                {
                    Console.Error.WriteLine($"error: seed {url} refused — {reason}. Private, loopback, link-local and reserved addresses are not crawled " +
                                            $"unless allowed: add --allow-private {AddressPolicy.HostOf(url)}");
                    return ExitCodes.UsageError;
                }
                seedUrls.Add(url);
            }
            List<Regex> includes, excludes;
            try
            {
                includes = (parse.GetValue(include) ?? []).Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToList();
                excludes = (parse.GetValue(exclude) ?? []).Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToList();
            }
            catch (ArgumentException e) { Console.Error.WriteLine($"error: bad pattern: {e.Message}"); return ExitCodes.UsageError; }

            var root = parse.GetValue(outDir)!;
            var options = new CrawlOptions
            {
                Seeds = seedUrls, WarcDir = Path.Combine(root, "warc"), StateDir = Path.Combine(root, "crawl"),
                MaxPages = parse.GetValue(maxPages), MaxDepth = parse.GetValue(maxDepth), Delay = TimeSpan.FromMilliseconds(parse.GetValue(delay)),
                Concurrency = Math.Max(1, parse.GetValue(concurrency)), Include = includes, Exclude = excludes, AllowPrivateHosts = allowed,
                RequestTimeout = TimeSpan.FromMilliseconds(parse.GetValue(timeout)), MaxRetries = parse.GetValue(retries),
                MaxResponseBytes = parse.GetValue(maxBytes), Recrawl = parse.GetValue(recrawl), DiscoverSitemaps = !parse.GetValue(noSitemaps),
            };
            var result = await new Crawler(options).RunAsync(new CrawlProgressLog(), cancel);
            Console.WriteLine($"crawl: {result.Fetched} fetched ({result.Failed} failed), {result.Refused.Count} refused" +
                              $"{(result.BadLinks.Count > 0 ? $", {result.BadLinks.Count} bad links" : "")}" +
                              $"{(result.Resumed > 0 ? $", {result.Resumed} fetched by an earlier run" : "")}" +
                              $"{(result.ReachedMaxPages ? $", stopped at --max-pages {options.MaxPages}" : "")}; {result.Seconds:F1} s; WARC: {Path.GetFullPath(options.WarcDir)}");
            if (parse.GetValue(noProcess)) return ExitCodes.Ok;
            if (!Directory.EnumerateFiles(options.WarcDir, "*.warc.gz").Any()) { Console.Error.WriteLine("error: nothing was fetched"); return ExitCodes.Failed; }

            var formats = new HashSet<OutputFormat> { OutputFormat.Parquet };
            foreach (var f in (parse.GetValue(format) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries)))
                if (Enum.TryParse<OutputFormat>(f.Trim(), true, out var parsed)) formats.Add(parsed);
            var runOptions = new RunOptions { Inputs = [options.WarcDir], OutDir = Path.Combine(root, "dataset"), Formats = formats };
            var summary = ProgressDisplay.Run(progress => new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance).Run(runOptions, progress, cancel));
            Console.WriteLine($"{summary.Articles} pages → {summary.Ok} ok, {summary.Duplicates} duplicate, {summary.Rejected} rejected; " +
                              $"{summary.Facts} facts; {summary.Seconds:F1} s; dataset: {Path.GetFullPath(summary.OutDir)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Plain lines on stderr at most every two seconds: fetched, queued, failed, refused, and each host's rate.</summary>
    sealed class CrawlProgressLog : IProgress<CrawlProgress>
    {
        DateTime last = DateTime.MinValue;

        public void Report(CrawlProgress p)
        {
            if ((DateTime.UtcNow - last).TotalSeconds < 2) return;
            last = DateTime.UtcNow;
            var rates = string.Join(", ", p.Hosts.OrderByDescending(h => h.Fetched).Take(5).Select(h => $"{h.Host} {h.Fetched} ({h.PerMinute:F0}/min)"));
            var line = $"[crawl] {p.Fetched} fetched, {p.Queued} queued, {p.Failed} failed, {p.Refused} refused, {p.Seconds:F0} s; {rates}";
            if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsErrorRedirected) AnsiConsole.MarkupLine($"[grey]{Markup.Escape(line)}[/]");
            else Console.Error.WriteLine(line);
        }
    }
}
