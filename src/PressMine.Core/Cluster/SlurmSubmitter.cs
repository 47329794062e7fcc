using System.Diagnostics;

namespace PressMine.Cluster;

/// <summary>Submits a plan with sbatch: the array first, then the merge with --dependency=afterok on the array.</summary>
public static class SlurmSubmitter
{
    /// <summary>The Slurm job ids sbatch printed for the array and for the merge job.</summary>
    public sealed record Submitted(string ArrayJobId, string MergeJobId);

    /// <summary>Runs <paramref name="sbatch"/> on both script files; throws when sbatch fails or prints no job id.</summary>
    public static Submitted Submit(string arrayScript, string mergeScript, string sbatch = "sbatch")
    {
        var arrayId = Sbatch(sbatch, [arrayScript]);
        var mergeId = Sbatch(sbatch, [$"--dependency=afterok:{arrayId}", "--kill-on-invalid-dep=yes", mergeScript]);
        return new Submitted(arrayId, mergeId);
    }

    /// <summary>Runs sbatch --parsable and returns the job id (the part before ';cluster', if any).</summary>
    static string Sbatch(string sbatch, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(sbatch) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("--parsable");
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {sbatch}");
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var id = stdout.Trim().Split(';')[0];
        if (process.ExitCode != 0 || id.Length == 0 || !id.All(char.IsAsciiDigit))
            throw new InvalidOperationException($"sbatch failed ({process.ExitCode}): {stderr.Trim()} {stdout.Trim()}");
        return id;
    }
}
