using System.Diagnostics;
using System.Text.Json;
using PressMine.Tests.Pipeline;

namespace PressMine.Tests.Crawl;

/// <summary>The real `pressmine crawl` as a child process: refusal of private seeds, kill-and-resume, and the WARC round trip.</summary>
public class CrawlCliTests
{
    [Fact]
    public void A_loopback_seed_is_refused_unless_allowed_with_a_clear_message()
    {
        var dir = TestPaths.NewTempDir();
        var result = CliRunner.Run("crawl", "http://127.0.0.1:9/", "--out", dir);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("127.0.0.1 is loopback", result.StdErr);
        Assert.Contains("--allow-private 127.0.0.1", result.StdErr);
        Assert.False(Directory.Exists(Path.Combine(dir, "warc")));
    }

    [Fact]
    public void A_killed_crawl_resumes_and_fetches_nothing_twice()
    {
        using var site = new LocalNewsSite(crawlDelaySeconds: 0.1);
        var dir = TestPaths.NewTempDir();
        string[] args = ["crawl", site.Root.AbsoluteUri, "--out", dir, "--allow-private", "127.0.0.1", "--no-process", "--delay-ms", "100", "--timeout-ms", "2000"];

        using (var first = Start(args))
        {
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (site.Hits.Count < 12 && DateTime.UtcNow < deadline && !first.HasExited) Thread.Sleep(20);
            Assert.False(first.HasExited, "the crawl should still be running when it is killed");
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }
        var killedAt = DateTimeOffset.UtcNow;
        var firstRun = site.Log;
        var resumed = CliRunner.Run(args);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("fetched by an earlier run", resumed.StdOut);
        var secondRun = site.Log.Where(h => h.At > killedAt).ToList();

        // A request in flight when the process died never got its answer recorded; it is the only one that may repeat.
        var inFlight = firstRun[^1].Path;
        static bool Final(LocalNewsSite.Hit h) => h.Status is not (500 or 429);
        var repeated = secondRun.Where(Final).Select(h => h.Path)
            .Where(p => p != "/robots.txt" && p != inFlight && firstRun.Any(f => f.Path == p && Final(f))).ToList();
        Assert.Empty(repeated);
        Assert.Contains(secondRun, h => h.Path != "/robots.txt");
        var all = site.Log;
        foreach (var story in NewsSiteContent.Stories.Append(NewsSiteContent.GbkStory))
            Assert.InRange(all.Count(h => h.Path == story.Path), 1, story.Path == inFlight ? 2 : 1);
    }

    static Process Start(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestPaths.RepoRoot };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pressmine.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["CI"] = "true";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    [Fact]
    public void Crawl_then_pipeline_on_the_WARC_gives_the_same_articles_as_the_pages_themselves()
    {
        using var site = new LocalNewsSite(crawlDelaySeconds: 0);
        var dir = TestPaths.NewTempDir();
        var crawl = CliRunner.Run("crawl", site.Root.AbsoluteUri, "--out", dir, "--allow-private", "127.0.0.1", "--delay-ms", "0", "--format", "jsonl");
        Assert.True(crawl.ExitCode == 0, crawl.StdErr);
        Assert.True(Directory.Exists(Path.Combine(dir, "warc")), "the WARC directory survives the dataset's atomic publish");

        var pages = Path.Combine(dir, "pages");
        Directory.CreateDirectory(pages);
        foreach (var s in NewsSiteContent.Stories)
            File.WriteAllText(Path.Combine(pages, Path.GetFileName(s.Path)), NewsSiteContent.ArticleHtml(s));
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(pages, "g1.html"), System.Text.Encoding.GetEncoding("gbk").GetBytes(NewsSiteContent.ArticleHtml(NewsSiteContent.GbkStory, "gbk")));
        var direct = CliRunner.Run("run", pages, "--out", Path.Combine(dir, "direct"), "--format", "jsonl");
        Assert.True(direct.ExitCode == 0, direct.StdErr);

        var fromWarc = Articles(Path.Combine(dir, "dataset"));
        var fromPages = Articles(Path.Combine(dir, "direct"));
        Assert.Equal(8, fromPages.Count);
        foreach (var (title, expected) in fromPages)
        {
            Assert.True(fromWarc.TryGetValue(title, out var actual), $"'{title}' missing from the crawl's dataset");
            Assert.Equal(expected.Body, actual.Body);
            Assert.Equal(expected.PublishedAt, actual.PublishedAt);
            Assert.Equal(expected.Facts, actual.Facts);
        }
        Assert.True(fromPages.Values.Count(a => a.Facts.Count > 0) >= 5, "most stories carry facts, so the comparison means something");
    }

    sealed record ArticleView(string Body, string? PublishedAt, List<string> Facts);

    /// <summary>ok articles by title, with their facts as "metric value evidence" strings in order.</summary>
    static Dictionary<string, ArticleView> Articles(string dataset)
    {
        var facts = File.ReadLines(Path.Combine(dataset, "facts.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .GroupBy(f => f.GetProperty("article_id").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(f => $"{f.GetProperty("metric")} {f.GetProperty("value")} {f.GetProperty("evidence")}").ToList());
        var articles = new Dictionary<string, ArticleView>();
        foreach (var line in File.ReadLines(Path.Combine(dataset, "articles.jsonl")))
        {
            var a = JsonDocument.Parse(line).RootElement;
            if (a.GetProperty("status").GetString() != "ok" || a.GetProperty("title").GetString() is null) continue;
            var id = a.GetProperty("id").GetString()!;
            articles[a.GetProperty("title").GetString()!] = new ArticleView(a.GetProperty("body").GetString()!,
                a.GetProperty("published_at").GetString(), facts.GetValueOrDefault(id) ?? []);
        }
        return articles;
    }
}
