using System.Diagnostics;

namespace PressMine.Tests.Pipeline;

/// <summary>Runs the real `pressmine` program (the CLI build beside the tests) as a child process.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(params string[] args) => RunWithInput(null, args);

    public static Result RunWithInput(string? stdin, params string[] args) => RunConfigured(null, stdin, args);

    /// <summary>Starts `dotnet pressmine.dll args`; <paramref name="configure"/> may change the start (another user, environment).</summary>
    public static Result RunConfigured(Action<ProcessStartInfo>? configure, string? stdin, params string[] args)
    {
        var info = StartInfo(args);
        configure?.Invoke(info);
        using var process = Process.Start(info)!;
        if (stdin is not null)
        {
            using var input = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false));
            input.Write(stdin);
        }
        else process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pressmine {string.Join(' ', args)} did not finish in 5 minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = TestPaths.RepoRoot };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pressmine.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["CI"] = "true";
        return info;
    }
}
