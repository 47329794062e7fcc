using System.Diagnostics;
using System.Text;
using PressMine.Sink;
using PressMine.Sources;
using PressMine.Tests.Pipeline;
using Xunit.Abstractions;
using PressMine.Places;

namespace PressMine.Tests.Sources;

/// <summary>Input directories built to hurt: links in loops, locked directories, FIFOs, pages without the usual names.</summary>
public class DirectoryInputTests(ITestOutputHelper output)
{
    internal const string Article = """
        <html><head><meta charset="utf-8"><title>区市场监管局开展食品安全专项检查_安和区新闻网</title></head><body>
        <h1>区市场监管局开展食品安全专项检查</h1>
        <div class="info">发布时间：2023-05-12 09:30 来源：安和区新闻网</div>
        <div class="article-content">
        <p>5月11日，区市场监管局组织执法人员对辖区学校周边食品经营单位开展专项检查，重点查看进货查验记录和食品储存条件。</p>
        <p>本次检查共检查食品经营单位52家，发现问题18个，现场整改问题12个，对其余问题下达责令改正通知书并限期整改。</p>
        <p>区市场监管局有关负责人表示，将持续加强日常监管，对整改不到位的经营单位依法严肃处理。</p>
        </div></body></html>
        """;

    static void Link(string linkPath, string target) => File.CreateSymbolicLink(linkPath, target);

    static List<string> RelativePaths(string root, IEnumerable<PressMine.Records.RawPage> pages) =>
        pages.Select(p => Path.GetRelativePath(root, p.SourcePath)).ToList();

    [Fact]
    public void Symlink_loops_give_each_real_file_once()
    {
        var root = TestPaths.NewTempDir();
        var sub = Directory.CreateDirectory(Path.Combine(root, "sub")).FullName;
        File.WriteAllText(Path.Combine(root, "a.html"), Article);
        File.WriteAllText(Path.Combine(sub, "b.html"), Article);
        Directory.CreateSymbolicLink(Path.Combine(sub, "up"), "..");          // a loop to the parent
        Directory.CreateSymbolicLink(Path.Combine(sub, "self"), ".");         // a loop to itself
        Directory.CreateSymbolicLink(Path.Combine(root, "again"), "sub");     // a second way into sub
        Link(Path.Combine(root, "same.html"), "a.html");                      // the same file through a link

        var pages = new FileSystemSource([root]).Read().ToList();
        Assert.Equal(["a.html", "sub/b.html"], RelativePaths(root, pages));
    }

    [Fact]
    public void A_linked_directory_outside_the_input_is_walked_once()
    {
        var outside = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(outside, "c.html"), Article);
        var root = TestPaths.NewTempDir();
        Directory.CreateSymbolicLink(Path.Combine(root, "one"), outside);
        Directory.CreateSymbolicLink(Path.Combine(root, "two"), outside);
        Directory.CreateSymbolicLink(Path.Combine(outside, "back"), root);   // and a loop through both trees

        var pages = new FileSystemSource([root]).Read().ToList();
        Assert.Equal(["one/c.html"], RelativePaths(root, pages));
    }

    [SkippableFact]
    public void A_device_named_html_is_a_rejected_row_and_is_not_read()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file types are told apart with statx on Linux");
        var root = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(root, "a.html"), Article);
        Link(Path.Combine(root, "null.html"), "/dev/null");
        Link(Path.Combine(root, "gone.html"), Path.Combine(root, "nothing-here"));

        var pages = new FileSystemSource([root]).Read().ToDictionary(p => Path.GetFileName(p.SourcePath));
        Assert.Equal(3, pages.Count);
        Assert.Null(pages["a.html"].ReadError);
        Assert.Equal("not a regular file (character device); not opened", pages["null.html"].ReadError);
        Assert.Contains("not a regular file (missing or a broken link)", pages["gone.html"].ReadError);
        var named = Assert.Single(new FileSystemSource([Path.Combine(root, "null.html")]).Read());
        Assert.Contains("character device", named.ReadError);
    }

    [SkippableFact]
    public void A_fifo_named_html_is_a_rejected_row_and_the_run_ends()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "mkfifo and statx are Linux here");
        var input = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(input, "a.html"), Article);
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(input, "pipe.html"))) mkfifo.WaitForExit();
        Assert.Equal(FileStatus.Kind.NamedPipe, FileStatus.Of(Path.Combine(input, "pipe.html")).Type);

        // In a child process: before the fix the run blocks forever opening the FIFO (CliRunner's guard then kills it).
        var outDir = Path.Combine(TestPaths.NewTempDir(), "ds");
        var run = CliRunner.Run("run", input, "--out", outDir, "--threads", "1");
        output.WriteLine(run.StdOut + run.StdErr);
        Assert.Equal(0, run.ExitCode);
        using var query = new DatasetQuery(outDir);
        var rows = query.Run("select source_path, status, reason from articles order by source_path").Rows;
        Assert.Equal(2, rows.Count);
        Assert.Equal("ok", rows[0][1]);
        Assert.Equal("rejected", rows[1][1]);
        Assert.Equal("not a regular file (named pipe (FIFO)); not opened", rows[1][2]);
    }

    [SkippableFact]
    public void An_unreadable_subdirectory_is_a_rejected_row_and_the_readable_files_still_get_rows()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "permissions are POSIX here");
        bool root = Environment.UserName == "root";
        Skip.If(root && !File.Exists("/usr/bin/setpriv"), "running as root without setpriv: cannot make a directory unreadable");
        var input = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(input, "a.html"), Article);
        var locked = Directory.CreateDirectory(Path.Combine(input, "locked")).FullName;
        File.WriteAllText(Path.Combine(locked, "hidden.html"), Article);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var outParent = TestPaths.NewTempDir();
        File.SetUnixFileMode(outParent, (UnixFileMode)0x1FF); // rwx for all: the run may be another user
        var outDir = Path.Combine(outParent, "ds");
        try
        {
            // root reads every directory, so as root the run is made an ordinary user (nobody) with setpriv.
            var run = CliRunner.RunConfigured(root ? AsNobody : null, null, "run", input, "--out", outDir, "--threads", "1");
            output.WriteLine(run.StdOut + run.StdErr);
            Assert.Equal(0, run.ExitCode);
        }
        finally { File.SetUnixFileMode(locked, (UnixFileMode)0x1C0); }
        using var query = new DatasetQuery(outDir);
        var rows = query.Run("select source_path, status, reason from articles order by source_path").Rows;
        Assert.Equal(2, rows.Count);
        Assert.Equal("ok", rows[0][1]);
        Assert.Equal(Path.GetRelativePath(input, locked), rows[1][0]);
        Assert.StartsWith("cannot read directory", (string)rows[1][2]!);
    }

    static void AsNobody(ProcessStartInfo info)
    {
        foreach (var (a, i) in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" }.Select((a, i) => (a, i)))
            info.ArgumentList.Insert(i, a);
        info.FileName = "/usr/bin/setpriv";
        var home = TestPaths.NewTempDir();
        File.SetUnixFileMode(home, (UnixFileMode)0x1FF);
        info.Environment["HOME"] = home;
        info.Environment["DOTNET_CLI_HOME"] = home;
    }

    [Fact]
    public void Every_regular_file_gets_a_row_whatever_its_name_and_binary_files_are_rejected()
    {
        var root = TestPaths.NewTempDir();
        foreach (var name in new[] { "a.shtml", "b.aspx", "C.HTML", "content_12345" })
            File.WriteAllText(Path.Combine(root, name), Article);
        File.WriteAllBytes(Path.Combine(root, "logo.png"), [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13]);
        File.WriteAllText(Path.Combine(root, "notes"), "督导组发现问题12个，已整改10个。\n", Encoding.UTF8);

        var pages = new FileSystemSource([root]).Read().ToDictionary(p => Path.GetFileName(p.SourcePath));
        Assert.Equal(["C.HTML", "a.shtml", "b.aspx", "content_12345", "logo.png", "notes"], pages.Keys.Order(StringComparer.Ordinal));
        Assert.All(new[] { "a.shtml", "b.aspx", "C.HTML", "content_12345" }, n => Assert.False(pages[n].IsTextDump, n));
        Assert.True(pages["notes"].IsTextDump);

        var outDir = Path.Combine(TestPaths.NewTempDir(), "ds");
        new PressMine.Pipeline.PipelineRunner(PressMine.Places.PlaceResolvers.Default(), DuckDbTables.Instance).Run(new PressMine.Pipeline.RunOptions { Inputs = [root], OutDir = outDir });
        using var query = new DatasetQuery(outDir);
        var rows = query.Run("select source_path, status, reason from articles").Rows
            .ToDictionary(r => Path.GetFileName((string)r[0]!), r => ((string)r[1]!, (string?)r[2]));
        Assert.Equal(6, rows.Count);
        Assert.Equal("rejected", rows["logo.png"].Item1);
        Assert.Contains("binary", rows["logo.png"].Item2);
        Assert.Contains(rows, r => r.Value.Item1 == "ok"); // one of the four copies; the others are its duplicates
        Assert.Equal(3, rows.Count(r => r.Value.Item1 == "duplicate"));
    }

    [Fact]
    public void Include_globs_narrow_the_files_read_from_directories()
    {
        var root = TestPaths.NewTempDir();
        Directory.CreateDirectory(Path.Combine(root, "news", "2024"));
        foreach (var name in new[] { "a.shtml", "b.txt", "news/c.SHTML", "news/2024/d.html", "news/2024/e.aspx" })
            File.WriteAllText(Path.Combine(root, name), Article);
        List<string> Read(params string[] include) => RelativePaths(root, new FileSystemSource([root], include: include).Read());

        Assert.Equal(["a.shtml", "news/c.SHTML"], Read("*.shtml"));
        Assert.Equal(["a.shtml", "news/2024/e.aspx", "news/c.SHTML"], Read("*.shtml", "*.aspx"));
        Assert.Equal(["news/2024/d.html", "news/2024/e.aspx"], Read("news/2024/*"));
        Assert.Equal(["news/2024/d.html"], Read("**/*.htm?"));
        Assert.Equal(5, Read().Count);
    }

    [Fact]
    public void Run_cli_takes_include()
    {
        var root = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(root, "a.shtml"), Article);
        File.WriteAllText(Path.Combine(root, "b.html"), Article.Replace("52家", "53家"));
        var outDir = Path.Combine(TestPaths.NewTempDir(), "ds");
        var run = CliRunner.Run("run", root, "--out", outDir, "--include", "*.shtml");
        output.WriteLine(run.StdOut + run.StdErr);
        Assert.Equal(0, run.ExitCode);
        using var query = new DatasetQuery(outDir);
        Assert.Equal(["a.shtml"], query.Run("select source_path from articles").Rows.Select(r => Path.GetFileName((string)r[0]!)));
    }
}
