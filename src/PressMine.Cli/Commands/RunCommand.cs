using System.CommandLine;
using PressMine.Extract;
using PressMine.Pipeline;
using PressMine.Sink;
using PressMine.Places;

namespace PressMine.Cli.Commands;

public static class RunCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or directories of pages (.html, .shtml, ... or none: told by content), .txt dumps, .warc/.warc.gz; default: the bundled corpus" };
        var outDir = new Option<string>("--out", "-o") { Description = "Dataset directory", DefaultValueFactory = _ => "out" };
        var format = new Option<string[]>("--format") { Description = "Extra table formats besides Parquet and DuckDB: parquet, jsonl, csv", AllowMultipleArgumentsPerToken = true };
        var tokens = new Option<bool>("--tokens") { Description = "Also write tokens.parquet (segmented bodies)" };
        var shard = new Option<string?>("--shard") { Description = "Process only shard i of N (i/N) of the inputs" };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var bom = new Option<bool>("--bom") { Description = "Start CSV files with a UTF-8 byte-order mark so Excel shows Chinese text" };
        var rawCsv = new Option<bool>("--no-csv-guard") { Description = "Write CSV text cells exactly as they are, even those starting with = + - @ (a spreadsheet may run them as formulas)" };
        var absolute = new Option<bool>("--absolute-paths") { Description = "Write source_path and the manifest's paths absolute (default: relative to the input given)" };
        var include = new Option<string[]>("--include") { Description = "Read only the files under input directories matching this glob (repeatable; *, **, ?, [..]; case-insensitive)" };
        var memory = new Option<string?>("--memory-limit") { Description = "Memory the dataset writer may use before spilling to disk, e.g. 512MB or 4GiB (default 1GiB)" };
        var userDict = new Option<string?>("--user-dict") { Description = "jieba user dictionary (default: corpus/dict/userdict.txt)" };
        var command = new Command("run", "Read, clean, dedup, segment and extract pages into a dataset") { inputs, outDir, format, tokens, shard, threads, userDict, bom, rawCsv, absolute, include, memory };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(inputs) ?? [];
            if (given.Length == 0)
            {
                var corpus = CorpusLocator.FindCorpusDirectory();
                if (corpus is null) { Console.Error.WriteLine("error: no input given and no bundled corpus/ found"); return ExitCodes.UsageError; }
                given = [Path.Combine(corpus, "pages")];
            }
            var missing = given.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
            if (missing.Count > 0) { Console.Error.WriteLine($"error: input not found: {string.Join(", ", missing)}"); return ExitCodes.UsageError; }
            HashSet<OutputFormat> formats;
            Shard shardValue;
            MemoryLimit memoryLimit;
            try
            {
                memoryLimit = parse.GetValue(memory) is { } limit ? MemoryLimit.Parse(limit) : MemoryLimit.Default;
                formats = ParseFormats(parse.GetValue(format) ?? []);
                shardValue = parse.GetValue(shard) is { } s ? Shard.Parse(s) : Shard.All;
            }
            catch (ArgumentException e) { Console.Error.WriteLine($"error: {e.Message}"); return ExitCodes.UsageError; }

            var options = new RunOptions
            {
                Inputs = given, OutDir = parse.GetValue(outDir)!, Formats = formats, Tokens = parse.GetValue(tokens),
                Shard = shardValue, Parallelism = parse.GetValue(threads), UserDictionary = parse.GetValue(userDict),
                Csv = new CsvOptions(parse.GetValue(bom), !parse.GetValue(rawCsv)), Include = parse.GetValue(include) ?? [], AbsolutePaths = parse.GetValue(absolute),
                MemoryLimit = memoryLimit,
                PauseAfterPages = int.TryParse(Environment.GetEnvironmentVariable("PRESSMINE_TEST_PAUSE_AFTER_PAGES"), out var pause) ? pause : null,
            };
            RunSummary summary;
            try { summary = ProgressDisplay.Run(progress => new PipelineRunner(PlaceResolvers.Default(), DuckDbTables.Instance).Run(options, progress, Interruption.Token, notice: Warn)); }
            catch (OutputRefusedException e) { Console.Error.WriteLine($"error: {e.Message}"); return ExitCodes.Failed; }
            Console.WriteLine($"{summary.Articles} pages → {summary.Ok} ok, {summary.Duplicates} duplicate, {summary.Rejected} rejected; " +
                              $"{summary.Facts} facts; {summary.Seconds:F1} s{(summary.Resumed > 0 ? $" (resumed {summary.Resumed})" : "")}; dataset: {Path.GetFullPath(summary.OutDir)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    static void Warn(string message) => Console.Error.WriteLine($"warning: {message}");

    static HashSet<OutputFormat> ParseFormats(IEnumerable<string> values)
    {
        var set = new HashSet<OutputFormat> { OutputFormat.Parquet };
        foreach (var v in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries)))
            set.Add(Enum.TryParse<OutputFormat>(v.Trim(), ignoreCase: true, out var f) ? f
                : throw new ArgumentException($"unknown format '{v}' (parquet, jsonl, csv)"));
        return set;
    }
}
