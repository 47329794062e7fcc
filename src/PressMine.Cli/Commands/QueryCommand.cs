using System.CommandLine;
using PressMine.Sink;

namespace PressMine.Cli.Commands;

public static class QueryCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dataset") { Description = "Dataset directory written by `pressmine run`" };
        var sql = new Argument<string?>("sql") { Arity = ArgumentArity.ZeroOrOne, Description = "A SELECT statement over articles, facts, facts_unique and the ready-made views" };
        var file = new Option<string?>("--file", "-f") { Description = "Read the SQL from a file" };
        var format = new Option<string>("--format") { Description = "table, csv, json (JSON Lines) or parquet", DefaultValueFactory = _ => "table" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the result to a file (required for parquet on a terminal)" };
        var bom = new Option<bool>("--bom") { Description = "Start CSV with a UTF-8 byte-order mark so Excel shows Chinese text correctly" };
        var rawCsv = new Option<bool>("--no-csv-guard") { Description = "Write CSV text cells as they are, even those starting with = + - @ (a spreadsheet may run them as formulas)" };
        var command = new Command("query", "Run read-only SQL over a dataset") { dir, sql, file, format, output, bom, rawCsv };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(file) is { } path ? File.ReadAllText(path) : parse.GetValue(sql);
            if (string.IsNullOrWhiteSpace(text)) { Console.Error.WriteLine("error: give the SQL as an argument or with --file"); return ExitCodes.UsageError; }
            var formatName = parse.GetValue(format)!.ToLowerInvariant();
            var target = parse.GetValue(output);
            try
            {
                using var query = new DatasetQuery(parse.GetValue(dir)!, allowExport: formatName == "parquet");
                if (formatName == "parquet") return ExportParquet(query, text, target);
                if (!QueryOutput.Formats.Contains(formatName)) throw new QueryException($"unknown output format '{formatName}' (table, csv, json, parquet)");
                using var rows = query.Open(text);
                using var file = target is null ? null : new StreamWriter(target, append: false, new System.Text.UTF8Encoding(false));
                var writer = file ?? Console.Out;
                if (parse.GetValue(bom) && formatName == "csv") writer.Write('\uFEFF');
                QueryOutput.Write(rows, formatName, writer, !parse.GetValue(rawCsv));
                writer.Flush();
                return ExitCodes.Ok;
            }
            catch (QueryException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }

    static int ExportParquet(DatasetQuery query, string sql, string? target)
    {
        if (target is null && !Console.IsOutputRedirected)
        {
            Console.Error.WriteLine("error: parquet is binary; give --output <file> or redirect stdout");
            return ExitCodes.UsageError;
        }
        if (target is not null) { query.ExportParquet(sql, target); return ExitCodes.Ok; }
        var scratch = Directory.CreateTempSubdirectory("pressmine-parquet-").FullName;
        try
        {
            var path = Path.Combine(scratch, "result.parquet");
            query.ExportParquet(sql, path);
            using var stdout = Console.OpenStandardOutput();
            using var file = File.OpenRead(path);
            file.CopyTo(stdout);
        }
        finally { Directory.Delete(scratch, recursive: true); }
        return ExitCodes.Ok;
    }
}
