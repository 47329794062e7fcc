using System.Security.Cryptography;
using CsCheck;
using Xunit.Abstractions;

namespace PressMine.Fuzz;

/// <summary>
/// Runs one fuzz target with CsCheck on one thread: a fixed number of cases by default (CI), or for
/// PRESSMINE_FUZZ_SECONDS seconds when that is set. A failing input (after shrinking) is written to
/// found/&lt;target&gt;/ so it can be kept under crashers/ as a regression input. Iterations go to the test output and,
/// when PRESSMINE_FUZZ_LOG names a file, to that file as one tab-separated line per target.
/// </summary>
public static class FuzzRunner
{
    public const string SecondsVariable = "PRESSMINE_FUZZ_SECONDS";
    public const string LogVariable = "PRESSMINE_FUZZ_LOG";

    public static void Run(string target, Gen<byte[]> inputs, Action<byte[]> property, long iterations, ITestOutputHelper output)
    {
        int seconds = int.TryParse(Environment.GetEnvironmentVariable(SecondsVariable), out var s) && s > 0 ? s : -1;
        long cases = 0;
        byte[]? smallestFailure = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string summary = "";
        void Check(byte[] input)
        {
            Interlocked.Increment(ref cases);
            try { property(input); }
            catch
            {
                lock (inputs) if (smallestFailure is null || input.Length < smallestFailure.Length) smallestFailure = input;
                throw;
            }
        }
        try
        {
            inputs.Sample(Check, writeLine: line => summary = line, iter: seconds > 0 ? -1 : iterations, time: seconds, threads: 1,
                print: Hex);
        }
        catch when (smallestFailure is not null)
        {
            var path = Keep(target, smallestFailure);
            output.WriteLine($"{target}: failing input written to {path}");
            throw;
        }
        finally
        {
            var line = $"{target}\t{cases}\t{clock.Elapsed.TotalSeconds:F0}\t{(smallestFailure is null ? "no failure" : "FAILED")}";
            output.WriteLine($"{line}\t{summary}");
            if (Environment.GetEnvironmentVariable(LogVariable) is { Length: > 0 } log) File.AppendAllText(log, line + "\n");
        }
    }

    static string Keep(string target, byte[] input)
    {
        var dir = Path.Combine(FuzzPaths.ProjectDir, "found", target);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, Convert.ToHexString(SHA256.HashData(input))[..12].ToLowerInvariant() + ".bin");
        File.WriteAllBytes(path, input);
        return path;
    }

    /// <summary>Failures print as hex (bounded), so a report never floods the console.</summary>
    static string Hex(byte[] input) =>
        $"{input.Length} bytes: {Convert.ToHexString(input.AsSpan(0, Math.Min(input.Length, 512)))}{(input.Length > 512 ? "…" : "")}";
}
