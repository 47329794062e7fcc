using System.Text;

namespace PressMine.Cluster;

/// <summary>
/// A sharded PressMine job for Slurm: a job array of N `run --shard i/N` tasks writing work/shard-i, and a
/// `merge` job that depends on the whole array (afterok). Paths must be on a filesystem every node sees.
/// </summary>
public sealed record SlurmPlan
{
    /// <summary>Input paths (files, directories, WARCs) passed to every shard's run; each shard reads its share.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }
    /// <summary>Where the merge job writes the final output.</summary>
    public required string OutDir { get; init; }
    /// <summary>Scripts, logs and the per-shard outputs; also the jobs' working directory.</summary>
    public required string WorkDir { get; init; }
    /// <summary>Number of array tasks, at least 1; task i runs shard i of this many.</summary>
    public required int Shards { get; init; }
    /// <summary>How to start pressmine on a node, e.g. "dotnet /shared/pressmine/pressmine.dll".</summary>
    public required string PressmineCommand { get; init; }
    /// <summary>CPUs asked for per task (--cpus-per-task); the shard runs that many threads.</summary>
    public int CpusPerTask { get; init; } = 2;
    /// <summary>Memory per task in sbatch --mem syntax ("8G"); null leaves the cluster default.</summary>
    public string? MemoryPerTask { get; init; }
    /// <summary>Wall-time limit in sbatch --time syntax ("02:00:00"); null leaves the partition default.</summary>
    public string? TimeLimit { get; init; }
    /// <summary>Slurm partition to submit to; null for the default one.</summary>
    public string? Partition { get; init; }
    /// <summary>At most this many array tasks at once (the %K of --array), or unlimited.</summary>
    public int? MaxConcurrent { get; init; }
    /// <summary>Further options appended to every shard's run command, as separate arguments.</summary>
    public IReadOnlyList<string> RunOptions { get; init; } = [];

    /// <summary>The output directory of shard <paramref name="index"/> (0-based) under WorkDir.</summary>
    public string ShardDir(int index) => Path.Combine(WorkDir, $"shard-{index}");

    /// <summary>The text of the sbatch job-array script: one task per shard.</summary>
    public string ArrayScript()
    {
        var sb = Header("pressmine-shard", $"{WorkDir}/logs/shard-%a.out");
        sb.AppendLine($"#SBATCH --array=0-{Shards - 1}{(MaxConcurrent is { } k ? $"%{k}" : "")}");
        sb.AppendLine("set -euo pipefail");
        sb.AppendLine("i=${SLURM_ARRAY_TASK_ID:?run this through sbatch}");
        var args = new List<string> { "run" };
        args.AddRange(Inputs);
        args.AddRange(RunOptions);
        sb.AppendLine($"exec {PressmineCommand} {Shell.Join(args)} --out {Shell.Quote(WorkDir + "/shard-")}\"$i\" --shard \"$i/{Shards}\" --threads \"${{SLURM_CPUS_PER_TASK:-1}}\"");
        return sb.ToString();
    }

    /// <summary>The text of the sbatch script that merges every shard's output into OutDir.</summary>
    public string MergeScript()
    {
        var sb = Header("pressmine-merge", $"{WorkDir}/logs/merge.out");
        sb.AppendLine("set -euo pipefail");
        var args = new List<string> { "merge" };
        args.AddRange(Enumerable.Range(0, Shards).Select(ShardDir));
        args.AddRange(["--out", OutDir]);
        sb.AppendLine($"exec {PressmineCommand} {Shell.Join(args)}");
        return sb.ToString();
    }

    StringBuilder Header(string name, string output)
    {
        var sb = new StringBuilder("#!/bin/bash\n");
        sb.AppendLine($"#SBATCH --job-name={name}");
        sb.AppendLine($"#SBATCH --output={output}");
        sb.AppendLine($"#SBATCH --cpus-per-task={CpusPerTask}");
        sb.AppendLine("#SBATCH --ntasks=1");
        if (MemoryPerTask is not null) sb.AppendLine($"#SBATCH --mem={MemoryPerTask}");
        if (TimeLimit is not null) sb.AppendLine($"#SBATCH --time={TimeLimit}");
        if (Partition is not null) sb.AppendLine($"#SBATCH --partition={Partition}");
        sb.AppendLine($"#SBATCH --chdir={WorkDir}");
        return sb;
    }

    /// <summary>Writes work/array.sbatch and work/merge.sbatch (and work/logs/); returns their paths.</summary>
    public (string Array, string Merge) WriteScripts()
    {
        Directory.CreateDirectory(Path.Combine(WorkDir, "logs"));
        var array = Path.Combine(WorkDir, "array.sbatch");
        var merge = Path.Combine(WorkDir, "merge.sbatch");
        File.WriteAllText(array, ArrayScript());
        File.WriteAllText(merge, MergeScript());
        return (array, merge);
    }
}

static class Shell
{
    public static string Quote(string s) =>
        s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || "/._-=:,+@%".Contains(c)) ? s : "'" + s.Replace("'", "'\\''") + "'";

    public static string Join(IEnumerable<string> args) => string.Join(' ', args.Select(Quote));
}
