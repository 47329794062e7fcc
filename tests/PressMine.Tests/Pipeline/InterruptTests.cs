using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using PressMine.Extract;
using PressMine.Pipeline;
using PressMine.Sink;
using PressMine.Tests.Sources;
using Xunit.Abstractions;
using PressMine.Places;

namespace PressMine.Tests.Pipeline;

/// <summary>
/// Ctrl-C on the real CLI: each command is sent SIGINT (kill -INT) once it has printed its first progress line, at a
/// point where it is still working (a pause hook or a request that is never answered), so there is no race.
/// </summary>
public class InterruptTests(ITestOutputHelper output)
{
    const string Message = "interrupted; rerun the same command to resume";

    sealed record Outcome(int ExitCode, string StdOut, string StdErr);

    Outcome Interrupt(string progressPrefix, Dictionary<string, string> environment, params string[] args)
    {
        Skip.IfNot(File.Exists("/bin/kill") && File.Exists("/usr/bin/env"), "needs /bin/kill and /usr/bin/env");
        var info = CliRunner.StartInfo(args);
        // Through env, so SIGINT is at its default even when the test host was started with it ignored.
        info.ArgumentList.Insert(0, info.FileName);
        info.ArgumentList.Insert(0, "--default-signal=INT");
        info.FileName = "/usr/bin/env";
        foreach (var (k, v) in environment) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stderr = new StringBuilder();
        var progressSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderr) stderr.AppendLine(e.Data);
            if (e.Data.StartsWith(progressPrefix, StringComparison.Ordinal)) progressSeen.TrySetResult();
        };
        process.BeginErrorReadLine();
        var stdout = process.StandardOutput.ReadToEndAsync();

        var first = Task.WhenAny(progressSeen.Task, process.WaitForExitAsync()).Result;
        Assert.True(first == progressSeen.Task, $"the command ended before its first progress line: {stderr}");
        using (var kill = Process.Start("/bin/kill", ["-INT", process.Id.ToString()])) kill.WaitForExit();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) // a guard against a hang, not a speed bound
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the command did not stop after SIGINT");
        }
        process.WaitForExit(); // drains the asynchronous stderr reader
        var outcome = new Outcome(process.ExitCode, stdout.Result, stderr.ToString());
        output.WriteLine($"exit {outcome.ExitCode}\n{outcome.StdOut}\n{outcome.StdErr}");
        return outcome;
    }

    static string Pages(int count)
    {
        var dir = TestPaths.NewTempDir();
        for (int i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(dir, $"p{i}.html"), DirectoryInputTests.Article.Replace("52家", $"{60 + i}家"));
        return dir;
    }

    [SkippableFact]
    public void Run_stops_cleanly_on_sigint_and_the_same_command_resumes()
    {
        var input = Pages(5);
        var outDir = Path.Combine(TestPaths.NewTempDir(), "ds");
        string[] args = ["run", input, "--out", outDir, "--threads", "1"];
        var interrupted = Interrupt("[pressmine] paused:", new() { ["PRESSMINE_TEST_PAUSE_AFTER_PAGES"] = "2" }, args);
        Assert.Equal(130, interrupted.ExitCode);
        Assert.Contains(Message, interrupted.StdErr);
        Assert.DoesNotContain("Exception", interrupted.StdErr);
        Assert.False(AtomicDirectory.IsComplete(outDir));

        var rerun = CliRunner.Run(args);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains("(resumed 2)", rerun.StdOut);
        Assert.Equal(5, Manifest.ReadFrom(outDir)!.Counts["articles"]);
    }

    [SkippableFact]
    public void Merge_stops_cleanly_on_sigint_and_publishes_nothing()
    {
        var input = Pages(4);
        var root = TestPaths.NewTempDir();
        var shards = Enumerable.Range(0, 2).Select(i =>
        {
            var dir = Path.Combine(root, $"shard-{i}");
            new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance).Run(new RunOptions { Inputs = [input], OutDir = dir, Shard = new Shard(i, 2) });
            return dir;
        }).ToArray();
        var outDir = Path.Combine(root, "merged");
        string[] args = ["merge", .. shards, "--out", outDir];
        var interrupted = Interrupt("[pressmine] merge:", new() { ["PRESSMINE_TEST_PAUSE_MERGE"] = "1" }, args);
        Assert.Equal(130, interrupted.ExitCode);
        Assert.Contains(Message, interrupted.StdErr);
        Assert.False(Directory.Exists(outDir));

        var rerun = CliRunner.Run(args);
        Assert.Equal(0, rerun.ExitCode);
        Assert.True(AtomicDirectory.IsComplete(outDir));
    }

    [SkippableFact]
    public void Crawl_stops_cleanly_on_sigint_with_a_word_not_exit_1()
    {
        using var site = new HangingSite();
        var dir = TestPaths.NewTempDir();
        var interrupted = Interrupt("[crawl]", new(), "crawl", site.Root, "--out", dir, "--allow-private", "127.0.0.1",
            "--no-process", "--no-sitemaps", "--delay-ms", "0", "--timeout-ms", "600000");
        Assert.Equal(130, interrupted.ExitCode);
        Assert.Contains(Message, interrupted.StdErr);
        Assert.True(File.Exists(Path.Combine(dir, "crawl", "frontier.journal")));
    }

    /// <summary>127.0.0.1 site: robots.txt is 404, / links to /hang.html, which is never answered until disposal.</summary>
    sealed class HangingSite : IDisposable
    {
        readonly TcpListener listener = new(IPAddress.Loopback, 0);
        readonly CancellationTokenSource stop = new();
        readonly List<TcpClient> clients = [];

        public HangingSite()
        {
            listener.Start();
            _ = Task.Run(AcceptLoop);
        }

        public string Root => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";

        async Task AcceptLoop()
        {
            while (!stop.IsCancellationRequested)
            {
                TcpClient client;
                try { client = await listener.AcceptTcpClientAsync(stop.Token); }
                catch (Exception) { return; }
                lock (clients) clients.Add(client);
                _ = Task.Run(() => Serve(client));
            }
        }

        async Task Serve(TcpClient client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII);
                var requestLine = await reader.ReadLineAsync(stop.Token) ?? "";
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync(stop.Token))) { }
                var path = requestLine.Split(' ').ElementAtOrDefault(1) ?? "/";
                if (path == "/hang.html") { await Task.Delay(Timeout.Infinite, stop.Token); return; }
                var (status, body) = path == "/"
                    ? ("200 OK", "<html><body><a href=\"/hang.html\">直播</a></body></html>")
                    : ("404 Not Found", "not found");
                var bytes = Encoding.UTF8.GetBytes(body);
                var head = $"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head).Concat(bytes).ToArray(), stop.Token);
            }
            catch (Exception) { }
            finally { client.Dispose(); }
        }

        public void Dispose()
        {
            stop.Cancel();
            listener.Stop();
            lock (clients) foreach (var c in clients) c.Dispose();
        }
    }
}
