using System.CommandLine;
using PressMine.Cluster;

namespace PressMine.Cli.Commands;

public static class SlurmCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.OneOrMore, Description = "Inputs on the shared filesystem" };
        var outDir = new Option<string>("--out", "-o") { Description = "Merged dataset directory", Required = true };
        var work = new Option<string?>("--work") { Description = "Directory for shard datasets, scripts and logs (default: <out>.work)" };
        var shards = new Option<int>("--shards", "-n") { Description = "Number of shards (array tasks)", DefaultValueFactory = _ => 8 };
        var cpus = new Option<int>("--cpus-per-task") { Description = "Cores per shard task", DefaultValueFactory = _ => 2 };
        var mem = new Option<string?>("--mem") { Description = "Memory per task, e.g. 4G" };
        var time = new Option<string?>("--time") { Description = "Time limit per task, e.g. 02:00:00" };
        var partition = new Option<string?>("--partition") { Description = "Slurm partition" };
        var concurrent = new Option<int?>("--max-concurrent") { Description = "At most this many shard tasks at once" };
        var pressmine = new Option<string?>("--pressmine") { Description = "Command that starts pressmine on a node (default: dotnet <this pressmine.dll>)" };
        var submit = new Option<bool>("--submit") { Description = "Submit with sbatch (otherwise only write the scripts)" };
        var command = new Command("slurm", "Write (and with --submit, submit) Slurm scripts: a job array of shards and a dependent merge")
            { inputs, outDir, work, shards, cpus, mem, time, partition, concurrent, pressmine, submit };
        command.SetAction(parse =>
        {
            int n = parse.GetValue(shards);
            if (n < 1) { Console.Error.WriteLine("error: --shards must be at least 1"); return ExitCodes.UsageError; }
            var output = Path.GetFullPath(parse.GetValue(outDir)!);
            var plan = new SlurmPlan
            {
                Inputs = (parse.GetValue(inputs) ?? []).Select(Path.GetFullPath).ToList(),
                OutDir = output,
                WorkDir = Path.GetFullPath(parse.GetValue(work) ?? output + ".work"),
                Shards = n,
                PressmineCommand = parse.GetValue(pressmine) ?? $"dotnet {Path.Combine(AppContext.BaseDirectory, "pressmine.dll")}",
                CpusPerTask = parse.GetValue(cpus), MemoryPerTask = parse.GetValue(mem), TimeLimit = parse.GetValue(time),
                Partition = parse.GetValue(partition), MaxConcurrent = parse.GetValue(concurrent),
            };
            var (array, merge) = plan.WriteScripts();
            Console.WriteLine($"array script: {array}\nmerge script: {merge}");
            if (!parse.GetValue(submit))
            {
                Console.WriteLine($"submit with: jid=$(sbatch --parsable {array}) && sbatch --dependency=afterok:$jid {merge}");
                return ExitCodes.Ok;
            }
            try
            {
                var jobs = SlurmSubmitter.Submit(array, merge);
                Console.WriteLine($"submitted array job {jobs.ArrayJobId} ({n} tasks) and merge job {jobs.MergeJobId} (afterok:{jobs.ArrayJobId})");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
