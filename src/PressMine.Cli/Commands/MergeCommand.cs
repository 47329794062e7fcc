using System.CommandLine;
using PressMine.Pipeline;
using PressMine.Sink;

namespace PressMine.Cli.Commands;

public static class MergeCommand
{
    public static Command Create()
    {
        var shards = new Argument<string[]>("shard-dirs") { Arity = ArgumentArity.OneOrMore, Description = "Shard datasets written by `run --shard i/N`" };
        var outDir = new Option<string>("--out", "-o") { Description = "Merged dataset directory", Required = true };
        var command = new Command("merge", "Merge shard datasets: cross-shard dedup from their signatures, final tables, DuckDB file and manifest") { shards, outDir };
        command.SetAction(parse =>
        {
            var dirs = parse.GetValue(shards) ?? [];
            var missing = dirs.Where(d => !Directory.Exists(d)).ToList();
            if (missing.Count > 0) { Console.Error.WriteLine($"error: shard directory not found: {string.Join(", ", missing)}"); return ExitCodes.UsageError; }
            Console.Error.WriteLine($"[pressmine] merge: {dirs.Length} shards → {parse.GetValue(outDir)}");
            // Fault injection for interrupt tests: wait for the interrupt after the first progress line.
            if (Environment.GetEnvironmentVariable("PRESSMINE_TEST_PAUSE_MERGE") == "1") Interruption.Token.WaitHandle.WaitOne();
            try
            {
                var s = new ShardMerger().Merge(dirs, parse.GetValue(outDir)!, m => Console.Error.WriteLine($"warning: {m}"), Interruption.Token);
                Console.WriteLine($"{s.Shards} shards, {s.Articles} pages → {s.Ok} ok, {s.Duplicates} duplicate, {s.Rejected} rejected; " +
                                  $"{s.Facts} facts; {s.Seconds:F1} s; dataset: {Path.GetFullPath(s.OutDir)}");
                return ExitCodes.Ok;
            }
            catch (OutputRefusedException e) { Console.Error.WriteLine($"error: {e.Message}"); return ExitCodes.Failed; }
            catch (MergeRefusedException e) { Console.Error.WriteLine($"error: merge refused: {e.Message}"); return ExitCodes.Failed; }
            catch (InvalidOperationException e) { Console.Error.WriteLine($"error: {e.Message}"); return ExitCodes.UsageError; }
        });
        return command;
    }
}
