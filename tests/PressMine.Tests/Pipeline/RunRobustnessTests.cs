using System.Diagnostics;
using System.Text;
using PressMine.Extract;
using PressMine.Pipeline;
using PressMine.Sink;
using Xunit.Abstractions;
using PressMine.Places;

namespace PressMine.Tests.Pipeline;

public class RunRobustnessTests(ITestOutputHelper output)
{
    const string Article = """
        <html><head><meta charset="utf-8"><title>县应急管理局开展燃气安全专项检查_平安县新闻网</title></head><body>
        <div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/gov">政务</a></div>
        <h1>县应急管理局开展燃气安全专项检查</h1>
        <div class="info">发布时间：2023-03-08 10:20 来源：平安县新闻网</div>
        <div class="article-content">
        <p>3月7日，县应急管理局联合住建、市场监管等部门，对城区餐饮场所燃气使用情况开展专项检查，重点查看燃气管道、报警装置和操作人员持证情况。</p>
        <p>检查组共检查餐饮单位46家，排查燃气安全隐患31处，现场整改隐患25处，其余隐患已下发整改通知并明确整改时限。</p>
        <p>县应急管理局相关负责人表示，将持续开展“回头看”，对整改不到位的单位依法从严处理，坚决守住安全底线。</p>
        </div><div class="footer">版权所有 平安县融媒体中心 ICP备00000000号</div></body></html>
        """;

    static string MakeInputs(int articles)
    {
        var dir = TestPaths.NewTempDir();
        for (int i = 0; i < articles; i++)
            File.WriteAllText(Path.Combine(dir, $"a{i:D4}.html"), Article.Replace("46家", $"{40 + i}家"));
        File.WriteAllBytes(Path.Combine(dir, "empty.html"), []);
        File.WriteAllBytes(Path.Combine(dir, "image.html"), [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0]);
        File.WriteAllText(Path.Combine(dir, "scripts.html"), "<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script></body></html>");
        File.WriteAllText(Path.Combine(dir, "nav.html"), "<html><body>" + string.Concat(Enumerable.Range(0, 40).Select(i => $"<a href='/n{i}'>栏目{i}</a> ")) + "</body></html>");
        File.WriteAllText(Path.Combine(dir, "broken.html"), "<html><body><div><p>未闭合的标签<table><tr><td>" + new string('<', 5000));
        return dir;
    }

    [Fact]
    public void Every_input_yields_exactly_one_row_and_bad_inputs_say_why()
    {
        var input = MakeInputs(3);
        var outDir = Path.Combine(TestPaths.NewTempDir(), "ds");
        var summary = new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance).Run(new RunOptions { Inputs = [input], OutDir = outDir });
        Assert.Equal(8, summary.Articles);
        using var query = new DatasetQuery(outDir);
        var rows = query.Run("select source_path, status, reason from articles order by source_path").Rows;
        foreach (var r in rows) output.WriteLine(string.Join(" | ", r));
        Assert.Equal(8, rows.Count);
        Assert.Equal(8, rows.Select(r => r[0]).Distinct().Count());
        string StatusOf(string name) => (string)rows.Single(r => ((string)r[0]!).EndsWith(name))[1]!;
        string? ReasonOf(string name) => (string?)rows.Single(r => ((string)r[0]!).EndsWith(name))[2];
        Assert.Equal("ok", StatusOf("a0000.html"));
        foreach (var bad in new[] { "empty.html", "image.html", "scripts.html", "nav.html" })
        {
            Assert.Equal("rejected", StatusOf(bad));
            Assert.False(string.IsNullOrWhiteSpace(ReasonOf(bad)));
            Assert.DoesNotContain("internal error", ReasonOf(bad));
        }
        Assert.Contains("empty", ReasonOf("empty.html"));
        Assert.Contains("binary", ReasonOf("image.html"));
    }

    [Fact]
    public void A_killed_run_leaves_no_complete_looking_dataset_and_a_rerun_resumes()
    {
        var input = MakeInputs(600);
        var outDir = Path.Combine(TestPaths.NewTempDir(), "ds");
        var staging = AtomicDirectory.StagingFor(outDir);
        var checkpoint = Path.Combine(staging, "checkpoint.jsonl");

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["PRESSMINE_TEST_PAUSE_AFTER_PAGES"] = "200";
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "pressmine.dll"), "run", input, "--out", outDir, "--threads", "1" })
            info.ArgumentList.Add(a);
        using (var process = Process.Start(info)!)
        {
            // The run pauses (and never finishes) once 200 pages are checkpointed; wait for those lines, bounded by polls.
            for (int poll = 0; poll < 6000 && !process.HasExited && CheckpointLines(checkpoint) < 200; poll++)
                Thread.Sleep(20);
            Assert.False(process.HasExited, "the run ended before it reached its pause point");
            Assert.Equal(200, CheckpointLines(checkpoint));
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        Assert.False(AtomicDirectory.IsComplete(outDir));
        Assert.True(File.Exists(checkpoint));

        var rerun = CliRunner.Run("run", input, "--out", outDir);
        output.WriteLine(rerun.StdOut + rerun.StdErr);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains("resumed", rerun.StdOut);
        var manifest = Manifest.ReadFrom(outDir)!;
        Assert.Equal(200, manifest.Counts["resumed"]);
        Assert.Equal(605, manifest.Counts["articles"]);
        using var query = new DatasetQuery(outDir);
        Assert.Equal(605L, query.Run("select count(distinct id) from articles").Rows.Single()[0]);
        Assert.False(Directory.Exists(staging));
    }

    /// <summary>Complete (newline-terminated) checkpoint lines; the file is shared with the writing run.</summary>
    static int CheckpointLines(string path)
    {
        if (!File.Exists(path)) return 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        int lines = 0, b;
        while ((b = stream.ReadByte()) >= 0) if (b == '\n') lines++;
        return lines;
    }

    [Fact]
    public void Segment_command_writes_one_line_per_input_line()
    {
        var result = CliRunner.RunWithInput("督导组发现问题\n\n王𠮷在宁海县　检查\n", "segment");
        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n');
        Assert.Equal(4, lines.Length); // three lines and the final newline
        Assert.Equal("", lines[1]);
        Assert.Contains("𠮷", lines[2]);
        Assert.DoesNotContain("\uFFFD", result.StdOut);
        Assert.DoesNotContain("  ", lines[2]);
    }

    [Fact]
    public void Evaluate_cli_scores_the_fact_dev_set()
    {
        var devset = Path.Combine(TestPaths.RepoRoot, "tests", "PressMine.Tests", "Extract", "DevSet", "devset.jsonl");
        var result = CliRunner.Run("evaluate", "--facts", devset);
        output.WriteLine(result.StdOut);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("micro", result.StdOut);
        Assert.Contains("facts from", result.StdOut);
        Assert.Equal(1, CliRunner.Run("evaluate", "--facts", "/no/such/file.jsonl").ExitCode);
    }

    [Fact]
    public void Query_cli_refuses_writes_and_reports_bad_sql_with_exit_code_2()
    {
        var input = MakeInputs(1);
        var outDir = Path.Combine(TestPaths.NewTempDir(), "ds");
        var run = CliRunner.Run("run", input, "--out", outDir);
        output.WriteLine(run.StdOut + run.StdErr);
        Assert.Equal(0, run.ExitCode);
        var write = CliRunner.Run("query", outDir, "delete from articles");
        Assert.Equal(2, write.ExitCode);
        Assert.Contains("read-only", write.StdErr);
        var bad = CliRunner.Run("query", outDir, "select * from nosuchtable");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("nosuchtable", bad.StdErr);
        var good = CliRunner.Run("query", outDir, "select count(*) as n from articles");
        Assert.Equal(0, good.ExitCode);
        Assert.Contains("(1 row)", good.StdOut);
    }
}
