using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using PressMine.Clean;
using PressMine.Decode;

namespace PressMine.Bench;

/// <summary>
/// `cleanprofile [--devpages DIR] [--rounds N]`: the Clean stage alone on the real gne pages, one thread, pages decoded
/// once beforehand. Prints the whole cleaner (<see cref="PageCleaner.Clean"/>: ms/page, MB/s of page bytes, pages per
/// CPU-second, the median of N rounds after three warm-up rounds) and the thread CPU time of each sub-stage, run one after another on
/// the same pages the way <c>HtmlCleaner</c> chains them (sub-stages repeat shared work, so they add up to a little
/// more than the whole).
/// </summary>
public static class CleanProfile
{
    sealed record Page(string Name, string Text, long Bytes);

    const int WarmUpRounds = 3;

    public static int Run(string[] args)
    {
        int rounds = 5;
        string devpages = Path.Combine(BenchPaths.RepoRoot(), "..", "shared", "devpages");
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds") rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--devpages") devpages = args[++i];
            else { Console.Error.WriteLine($"unknown argument {args[i]}; usage: cleanprofile [--devpages DIR] [--rounds N]"); return 2; }
        }
        var gne = Path.Combine(devpages, "gne");
        if (!Directory.Exists(gne)) { Console.Error.WriteLine($"real pages not found: {gne} (give --devpages)"); return 2; }
        var pages = Directory.EnumerateFiles(gne, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => (Path: p, Bytes: File.ReadAllBytes(p)))
            .Select(p => new Page(Path.GetRelativePath(gne, p.Path), CharsetDecoder.Decode(p.Bytes, null, true, out _)!.Text, p.Bytes.Length))
            .ToList();
        long bytes = pages.Sum(p => p.Bytes);
        Console.WriteLine($"{pages.Count} real pages from {gne}, {bytes / 1e6:F2} MB; {rounds} rounds after {WarmUpRounds} warm-up rounds, medians");

        var model = BlockModel.LoadDefault() ?? throw new InvalidOperationException("corpus/models/clean-blocks.zip not found");
        var chooser = ShippedBlockChooser.Default;
        var cleaner = new PageCleaner();

        // Rounds interleave the whole cleaner and the sub-stages, so a busy machine slows both alike.
        var whole = new List<(double Wall, double Cpu, double Thread)>();
        var stages = new Dictionary<string, List<double>>();
        for (int r = -WarmUpRounds; r < rounds; r++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            double thread = ThreadCpu.Seconds();
            foreach (var p in pages) cleaner.Clean(p.Text, false, null);
            var spent = (Wall: wall.Elapsed.TotalSeconds, Cpu: (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, Thread: ThreadCpu.Seconds() - thread);
            var round = new Dictionary<string, double>();
            foreach (var p in pages) Profile(p.Text, model, chooser, round);
            if (r < 0) continue;
            whole.Add(spent);
            foreach (var (name, s) in round) (stages.TryGetValue(name, out var l) ? l : stages[name] = []).Add(s);
        }
        var w = (Wall: Median(whole.Select(x => x.Wall)), Cpu: Median(whole.Select(x => x.Cpu)), Thread: Median(whole.Select(x => x.Thread)));
        Console.WriteLine($"whole cleaner, cleaning thread's CPU: {w.Thread * 1000 / pages.Count:F3} ms/page, {bytes / 1e6 / w.Thread:F2} MB/CPU-s, {pages.Count / w.Thread:F0} pages/CPU-s");
        Console.WriteLine($"whole cleaner, process CPU (with GC and JIT threads): {pages.Count / w.Cpu:F0} pages/CPU-s; wall {w.Wall * 1000 / pages.Count:F3} ms/page, {bytes / 1e6 / w.Wall:F2} MB/s");
        Console.WriteLine("| sub-stage (thread CPU) | ms/page | MB/s |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, seconds) in stages)
        {
            double s = Median(seconds);
            Console.WriteLine($"| {name} | {s * 1000 / pages.Count:F3} | {bytes / 1e6 / s:F1} |");
        }
        RepeatCheckOnManyParagraphs();
        HostilePages(cleaner);
        return 0;
    }

    /// <summary>Pages built to cost: the whole cleaner's thread CPU on each, with its answer.</summary>
    static void HostilePages(PageCleaner cleaner)
    {
        const string para = "县应急管理局近日组织开展安全生产专项检查，共检查企业三十余家，发现并督促整改隐患一百余处。";
        static string Times(string s, int n) => string.Concat(Enumerable.Repeat(s, n));
        static string Page(string body) => $"<html><head><title>县应急管理局开展检查</title></head><body><h1>县应急管理局开展检查</h1>{body}</body></html>";
        var pages = new (string Name, string Html)[]
        {
            ("100,000 nested <div>", Page(Times("<div>", 100_000) + $"<p>{para}</p>")),
            ("30,000 <p> 990 levels deep", Page(Times("<div>", 990) + Times("<p>字", 30_000) + $"<p>{para}</p>")),
            ("100,000 short lines between two paragraphs", Page($"<div class=content><p>{para}</p>" + Times("<p>短行</p>", 100_000) + $"<p>{para}</p></div>")),
            ("80,000 repeated short lines in the body", Page($"<div class=content><p>{para}</p>" + Times("<p>短行</p><p>短行</p>", 40_000) + $"<p>{para}</p><p>{para}</p></div>")),
        };
        foreach (var (name, html) in pages)
        {
            double start = ThreadCpu.Seconds();
            var result = cleaner.Clean(html, false, null);
            Console.WriteLine($"hostile page, {name} ({html.Length / 1e6:F2} M chars): {(ThreadCpu.Seconds() - start) * 1000:F0} ms CPU, {result.RejectReason ?? "accepted"}");
        }
    }

    /// <summary>
    /// The in-page repeat check on a page built to be costly: 3,000 distinct 60-character paragraphs of two-character
    /// words drawn with a skewed frequency, compared pairwise and through the bigram index (same decisions).
    /// </summary>
    static void RepeatCheckOnManyParagraphs()
    {
        var random = new Random(5);
        var words = Enumerable.Range(0, 3000).Select(_ => new string([(char)('\u4e00' + random.Next(2000)), (char)('\u4e00' + random.Next(2000))])).ToArray();
        var paragraphs = Enumerable.Range(0, 3000)
            .Select(_ => string.Concat(Enumerable.Range(0, 30).Select(_ => words[(int)(random.NextDouble() * random.NextDouble() * words.Length)])))
            .ToList();
        var (pairwise, indexed) = (new List<double>(), new List<double>());
        for (int r = 0; r < 5; r++)
        {
            double start = ThreadCpu.Seconds();
            ParagraphDeduplicator.Deduplicate(paragraphs, indexFrom: int.MaxValue);
            double middle = ThreadCpu.Seconds();
            ParagraphDeduplicator.Deduplicate(paragraphs, indexFrom: 0);
            pairwise.Add(middle - start);
            indexed.Add(ThreadCpu.Seconds() - middle);
        }
        Console.WriteLine($"repeat check, 3,000 distinct paragraphs (thread CPU, median of 5): pairwise {Median(pairwise) * 1000:F0} ms, indexed {Median(indexed) * 1000:F0} ms");
    }

    /// <summary>One page through the cleaner's steps, each timed into <paramref name="spent"/> (seconds).</summary>
    static void Profile(string html, BlockModel model, IBodyChooser chooser, Dictionary<string, double> spent)
    {
        double last = ThreadCpu.Seconds();
        void Lap(string stage)
        {
            double now = ThreadCpu.Seconds();
            spent[stage] = spent.GetValueOrDefault(stage) + now - last;
            last = now;
        }

        MarkupScanner.Measure(html); Lap("budget scan");
        var doc = HtmlCleaner.Parse(html); Lap("parse (AngleSharp)");
        var head = HtmlHeadMetadata.Read(doc); Lap("head metadata");
        var all = LabelCells.Join(HtmlLines.Extract(doc.Body ?? doc.DocumentElement)); Lap("lines");
        if (all.Count == 0) return;
        var kinds = all.Select(l => LineClassifier.Classify(l.Text)).ToList(); Lap("line kinds");
        HtmlTitle.Choose(head, all, kinds, head.SiteName); Lap("title");
        ContentScorer.Region(all, kinds, new ClassHints()); Lap("content region");
        var analysis = HtmlCleaner.Analyse(doc, out _); Lap("analysis (again: kinds, title, region, rule body)");
        if (analysis is null) return;
        var blocks = BlockFeatures.Extract(analysis); Lap("block features");
        model.Score(blocks); Lap("block scores");
        chooser.Choose(analysis); Lap("block choice (features + scores + decision)");
        HtmlCleaner.Finish(analysis, null, RuleBodyChooser.Instance, CleanOptions.Default); Lap("metadata, dates, gate");
    }

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

/// <summary>CPU time of the calling thread (Linux clock_gettime), so sub-stage times do not count waiting on a busy machine.</summary>
static class ThreadCpu
{
    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec { public long Seconds; public long Nanoseconds; }

    const int ClockThreadCpuTime = 3;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double Seconds() => ClockGetTime(ClockThreadCpuTime, out var t) == 0 ? t.Seconds + t.Nanoseconds / 1e9 : throw new PlatformNotSupportedException("clock_gettime");
}

/// <summary>Where the bench finds the repository.</summary>
static class BenchPaths
{
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PressMine.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the bench from inside the repository");
    }
}
