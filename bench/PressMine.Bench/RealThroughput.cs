using System.Diagnostics;
using System.Globalization;
using System.Text;
using PressMine.Clean;
using PressMine.Decode;
using PressMine.Sink;

namespace PressMine.Bench;

/// <summary>
/// Whole-pipeline throughput on real pages: the gne dev pages multiplied into N distinct copies (each carries a
/// unique numbered sentence after its longest body paragraph, so dedup keeps them apart), `pressmine run --threads 1`
/// and the readability-lxml peer each timed as a whole process (CPU time, peak RSS) under /usr/bin/time, in interleaved
/// rounds; medians are printed as a Markdown row. The ratio to the peer survives a busy machine better than either.
/// </summary>
public static class RealThroughput
{
    public static int Run(string[] args)
    {
        int copies = 1000, rounds = 3;
        string devpages = Path.Combine(RepoRoot(), "..", "shared", "devpages");
        bool peer = true;
        string? writeOnly = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--copies") copies = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--rounds") rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--devpages") devpages = args[++i];
            else if (args[i] == "--no-peer") peer = false;
            else if (args[i] == "--write-only") writeOnly = args[++i];
            else { Console.Error.WriteLine($"unknown argument {args[i]}"); return 2; }
        }
        var gne = Path.Combine(devpages, "gne");
        if (!Directory.Exists(gne)) { Console.Error.WriteLine($"real pages not found: {gne} (give --devpages)"); return 2; }
        if (writeOnly is not null)
        {
            if (Directory.Exists(writeOnly)) { Console.Error.WriteLine($"{writeOnly} exists; give a new directory"); return 2; }
            Console.WriteLine($"{copies} copies, {WriteCopies(gne, writeOnly, copies) / 1e6:F1} MB in {writeOnly}");
            return 0;
        }
        var cli = Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src", "PressMine.Cli", "bin", "Release"), "pressmine.dll", SearchOption.AllDirectories).FirstOrDefault();
        if (cli is null) { Console.Error.WriteLine("build the CLI first: dotnet build src/PressMine.Cli -c Release"); return 2; }

        var work = Directory.CreateTempSubdirectory("pressmine-realbench-").FullName;
        try
        {
            var pages = Path.Combine(work, "pages");
            long bytes = WriteCopies(gne, pages, copies);
            Console.WriteLine($"{copies} copies of {Directory.EnumerateFiles(gne, "*.html", SearchOption.AllDirectories).Count()} real pages, {bytes / 1e6:F1} MB; {rounds} interleaved rounds");
            var ours = new List<Measured>();
            var theirs = new List<Measured>();
            Manifest? manifest = null;
            for (int r = 0; r < rounds; r++)
            {
                var outDir = Path.Combine(work, $"out-{r}");
                ours.Add(Timed("dotnet", [cli, "run", pages, "--out", outDir, "--threads", "1"]));
                manifest = Manifest.ReadFrom(outDir);
                Directory.Delete(outDir, recursive: true);
                if (peer) theirs.Add(Timed("/usr/bin/python3", [Path.Combine(RepoRoot(), "bench", "peers", "readability_peer.py"), pages]));
                Console.WriteLine($"  round {r + 1}: PressMine {ours[^1]}" + (peer ? $"; readability-lxml {theirs[^1]}" : ""));
            }
            var o = Median(ours);
            Console.WriteLine($"PressMine: {copies / o.Cpu:F1} pages/CPU-s, {bytes / 1e6 / o.Cpu:F2} MB/CPU-s, peak RSS {o.PeakMb:F0} MB; " +
                              $"stages (s, last round): {string.Join(", ", manifest!.TimingsSeconds.Select(kv => $"{kv.Key} {kv.Value:F1}"))}; " +
                              $"counts: {string.Join(", ", manifest.Counts.Where(kv => kv.Key is "ok" or "duplicate" or "rejected").Select(kv => $"{kv.Key} {kv.Value}"))}");
            if (peer)
            {
                var t = Median(theirs);
                Console.WriteLine($"readability-lxml: {copies / t.Cpu:F1} pages/CPU-s, peak RSS {t.PeakMb:F0} MB");
                Console.WriteLine("| pages | MB | PressMine pages/CPU-s | MB/CPU-s | peak RSS | readability-lxml pages/CPU-s | ratio |");
                Console.WriteLine($"| {copies} | {bytes / 1e6:F0} | {copies / o.Cpu:F1} | {bytes / 1e6 / o.Cpu:F2} | {o.PeakMb:F0} MB | {copies / t.Cpu:F1} | {t.Cpu / o.Cpu:F2}× |");
            }
            return 0;
        }
        finally { Directory.Delete(work, recursive: true); }
    }

    sealed record Measured(double Wall, double Cpu, double PeakMb)
    {
        public override string ToString() => $"{Cpu:F1} CPU-s, {Wall:F1} s wall, {PeakMb:F0} MB";
    }

    static Measured Median(List<Measured> runs) => new(
        runs.Select(r => r.Wall).Order().ElementAt(runs.Count / 2),
        runs.Select(r => r.Cpu).Order().ElementAt(runs.Count / 2),
        runs.Select(r => r.PeakMb).Order().ElementAt(runs.Count / 2));

    /// <summary>One process under /usr/bin/time: elapsed, user + system CPU, peak RSS.</summary>
    static Measured Timed(string program, string[] arguments)
    {
        var report = Path.GetTempFileName();
        var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-o", report, "-f", "%e %U %S %M", program }.Concat(arguments)) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        var f = File.ReadAllText(report).Trim().Split('\n')[^1].Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        File.Delete(report);
        return new Measured(f[0], f[1] + f[2], f[3] / 1024);
    }

    /// <summary>
    /// Copy k of page k mod n, with a sentence naming k placed after the end of the page's longest body paragraph (as
    /// PressMine's cleaner reads it), so every copy is a distinct article; the page is written back in its own charset.
    /// </summary>
    static long WriteCopies(string gne, string target, int copies)
    {
        var sources = Directory.EnumerateFiles(gne, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(Prepare).ToList();
        long total = 0;
        for (int k = 0; k < copies; k++)
        {
            var (text, at, encoding) = sources[k % sources.Count];
            var bytes = encoding.GetBytes(text.Insert(at, $"（基准副本 {k + 1000003}）"));
            var dir = Path.Combine(target, (k / 1000).ToString("D4", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, $"{k:D6}.html"), bytes);
            total += bytes.Length;
        }
        return total;
    }

    const string Probe = "（基准副本 1999999）";

    /// <summary>
    /// Where a sentence lands in the body: after a short run of a body paragraph's text found verbatim in the markup,
    /// tried over the paragraphs longest first and confirmed by cleaning the page with a probe sentence in place (a
    /// paragraph's text is often not in the markup as one run: entities, inline tags, whitespace).
    /// </summary>
    static (string Text, int At, Encoding Encoding) Prepare(string path)
    {
        var decoded = CharsetDecoder.Decode(File.ReadAllBytes(path), null, true, out _)
            ?? throw new InvalidOperationException($"{path} does not decode");
        var cleaner = new PageCleaner();
        var paragraphs = cleaner.Clean(decoded.Text, false, null).Page?.Paragraphs ?? [];
        foreach (var paragraph in paragraphs.OrderByDescending(p => p.Length))
            for (int end = paragraph.Length; end >= 6; end -= 3)
            {
                var run = paragraph[(end - 6)..end];
                int found = decoded.Text.IndexOf(run, StringComparison.Ordinal);
                if (found < 0) continue;
                int at = found + run.Length;
                var probed = cleaner.Clean(decoded.Text.Insert(at, Probe), false, null).Page?.Paragraphs ?? [];
                if (probed.Any(p => p.Contains(Probe, StringComparison.Ordinal)))
                    return (decoded.Text, at, CharsetLabels.Get(decoded.Encoding));
            }
        Console.Error.WriteLine($"  no body place for the copy sentence in {Path.GetFileName(path)}: its copies may collapse");
        return (decoded.Text, Math.Max(0, decoded.Text.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase)), CharsetLabels.Get(decoded.Encoding));
    }

    static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PressMine.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the bench from inside the repository");
    }
}
