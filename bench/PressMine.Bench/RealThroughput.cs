using System.Diagnostics;
using System.Globalization;
using PressMine.Sink;

namespace PressMine.Bench;

/// <summary>
/// Whole-pipeline throughput on real pages: the gne dev pages multiplied into N distinct copies (each carries a
/// unique numbered sentence after its longest body paragraph, so dedup keeps them apart), `pressmine run --threads N`
/// (the current build and each `--cli PATH`) and the readability-lxml peer each timed as a whole process (CPU time,
/// wall time, peak RSS) under /usr/bin/time, in interleaved rounds; medians are printed with the per-step split from
/// the manifest and as Markdown rows. The ratio to the peer survives a busy machine better than either figure.
/// </summary>
public static class RealThroughput
{
    /// <summary>One program under test: the current build, or one given with --cli (a pressmine.dll, or the
    /// executable of a published build such as a ReadyToRun publish).</summary>
    sealed record Subject(string Label, string Program, string[] Prefix);

    public static int Run(string[] args)
    {
        int copies = 1000, rounds = 3, threads = 1;
        string devpages = Path.Combine(RepoRoot(), "..", "shared", "devpages");
        bool peer = true, currentBuild = true;
        string? writeOnly = null;
        var clis = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--copies") copies = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--rounds") rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--threads") threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--devpages") devpages = args[++i];
            else if (args[i] == "--cli") clis.Add(Path.GetFullPath(args[++i]));
            else if (args[i] == "--no-peer") peer = false;
            else if (args[i] == "--no-current") currentBuild = false;
            else if (args[i] == "--write-only") writeOnly = args[++i];
            else { Console.Error.WriteLine($"unknown argument {args[i]}"); return 2; }
        }
        var gne = Path.Combine(devpages, "gne");
        if (!Directory.Exists(gne)) { Console.Error.WriteLine($"real pages not found: {gne} (give --devpages)"); return 2; }
        if (writeOnly is not null)
        {
            if (Directory.Exists(writeOnly)) { Console.Error.WriteLine($"{writeOnly} exists; give a new directory"); return 2; }
            Console.WriteLine($"{copies} copies, {BenchCopies.WriteCopies(gne, writeOnly, copies) / 1e6:F1} MB in {writeOnly}");
            return 0;
        }
        var current = !currentBuild ? null : Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src", "PressMine.Cli", "bin", "Release"), "pressmine.dll", SearchOption.AllDirectories).FirstOrDefault();
        if (currentBuild && current is null) { Console.Error.WriteLine("build the CLI first: dotnet build src/PressMine.Cli -c Release"); return 2; }
        var missing = clis.FirstOrDefault(c => !File.Exists(c));
        if (missing is not null) { Console.Error.WriteLine($"--cli {missing}: no such file"); return 2; }
        if (!currentBuild && clis.Count == 0) { Console.Error.WriteLine("--no-current needs a --cli PATH"); return 2; }
        var subjects = (current is null ? clis : [current, .. clis]).Select(c => new Subject(c == current ? "current build" : c,
            c.EndsWith(".dll", StringComparison.Ordinal) ? "dotnet" : c, c.EndsWith(".dll", StringComparison.Ordinal) ? [c] : [])).ToList();

        var work = Directory.CreateTempSubdirectory("pressmine-realbench-").FullName;
        try
        {
            var pages = Path.Combine(work, "pages");
            long bytes = BenchCopies.WriteCopies(gne, pages, copies);
            Console.WriteLine($"{copies} copies of {Directory.EnumerateFiles(gne, "*.html", SearchOption.AllDirectories).Count()} real pages, " +
                              $"{bytes / 1e6:F1} MB; {rounds} interleaved rounds; PressMine --threads {threads}");
            var ours = subjects.Select(_ => new List<(Measured Time, Manifest Manifest)>()).ToList();
            var theirs = new List<Measured>();
            for (int r = 0; r < rounds; r++)
            {
                for (int s = 0; s < subjects.Count; s++)
                {
                    var outDir = Path.Combine(work, $"out-{r}-{s}");
                    var time = Timed(subjects[s].Program, [.. subjects[s].Prefix, "run", pages, "--out", outDir, "--threads", threads.ToString(CultureInfo.InvariantCulture)]);
                    ours[s].Add((time, Manifest.ReadFrom(outDir)!));
                    Directory.Delete(outDir, recursive: true);
                    Console.WriteLine($"  round {r + 1}: {subjects[s].Label} {time}");
                }
                if (!peer) continue;
                theirs.Add(Timed("/usr/bin/python3", [Path.Combine(RepoRoot(), "bench", "peers", "readability_peer.py"), pages]));
                Console.WriteLine($"  round {r + 1}: readability-lxml {theirs[^1]}");
            }
            var t = peer ? Median(theirs) : null;
            if (t is not null) Console.WriteLine($"readability-lxml: {copies / t.Cpu:F1} pages/CPU-s, {copies / t.Wall:F1} pages/s wall, peak RSS {t.PeakMb:F0} MB");
            for (int s = 0; s < subjects.Count; s++)
            {
                var o = Median(ours[s].Select(m => m.Time).ToList());
                Console.WriteLine($"{subjects[s].Label}: {copies / o.Cpu:F1} pages/CPU-s, {bytes / 1e6 / o.Cpu:F2} MB/CPU-s, {copies / o.Wall:F1} pages/s wall, " +
                                  $"peak RSS {o.PeakMb:F0} MB" + (t is null ? "" : $", {t.Cpu / o.Cpu:F2}× the peer per CPU-s"));
                Console.WriteLine($"  split (s, median of rounds): {Split(ours[s].Select(m => m.Manifest).ToList())}");
                var last = ours[s][^1].Manifest;
                Console.WriteLine($"  counts: {string.Join(", ", last.Counts.Where(kv => kv.Key is "ok" or "duplicate" or "rejected" or "dedup_comparisons").Select(kv => $"{kv.Key} {kv.Value}"))}");
            }
            Console.WriteLine("| build | pages | MB | threads | pages/CPU-s | MB/CPU-s | pages/s wall | peak RSS | readability-lxml pages/CPU-s | ratio |");
            for (int s = 0; s < subjects.Count; s++)
            {
                var o = Median(ours[s].Select(m => m.Time).ToList());
                Console.WriteLine($"| {subjects[s].Label} | {copies} | {bytes / 1e6:F0} | {threads} | {copies / o.Cpu:F1} | {bytes / 1e6 / o.Cpu:F2} | {copies / o.Wall:F1} | {o.PeakMb:F0} MB | " +
                                  (t is null ? "– | – |" : $"{copies / t.Cpu:F1} | {t.Cpu / o.Cpu:F2}× |"));
            }
            return 0;
        }
        finally { Directory.Delete(work, recursive: true); }
    }

    /// <summary>Seconds per step (per-page steps summed over threads, then dedup and the write), medians over the rounds.</summary>
    static string Split(List<Manifest> manifests)
    {
        static double Median(IEnumerable<double> values) { var v = values.Order().ToList(); return v[v.Count / 2]; }
        var steps = manifests[0].StepStats?.Select(s => s.Step).Where(s => s != "read").ToList() ?? [];
        var parts = steps.Select(step => $"{step} {Median(manifests.Select(m => m.StepStats!.First(s => s.Step == step).Seconds)):F1}").ToList();
        double Timing(Manifest m, string key) => m.TimingsSeconds.GetValueOrDefault(key);
        parts.Add($"process (wall) {Median(manifests.Select(m => Timing(m, "process"))):F1}");
        parts.Add($"write {Median(manifests.Select(m => Timing(m, "total") - Timing(m, "process") - Timing(m, "dedup"))):F1}");
        parts.Add($"total {Median(manifests.Select(m => Timing(m, "total"))):F1}");
        return string.Join(", ", parts);
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

    /// <summary>The repository the bench runs in: above the bench's own files, else above the current directory (a copy
    /// of the bench's build elsewhere, so that rebuilding the repository does not change the program being measured).</summary>
    static string RepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PressMine.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the bench from inside the repository");
    }
}
